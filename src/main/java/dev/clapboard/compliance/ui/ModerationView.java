package dev.clapboard.compliance.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.compliance.AddedFigure;
import dev.clapboard.compliance.ComplianceRefusedException;
import dev.clapboard.compliance.ModerationCaseSummary;
import dev.clapboard.compliance.ModerationService;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Prompts moderation held for review, which a manager releases with a reason (recorded and audited), the prompts
 * released so far, and the public figures this workspace added to the shipped list (admins change those).
 */
@Route("moderation")
@PageTitle("Moderation · Clapboard")
@Menu(order = 45, icon = "vaadin:shield", title = "Moderation")
@RolesAllowed(Roles.MANAGER)
class ModerationView extends Main {

    private final ModerationService moderation;
    final Grid<ModerationCaseSummary> waiting = new Grid<>();
    final Grid<ModerationCaseSummary> released = new Grid<>();
    final Grid<AddedFigure> figures = new Grid<>();
    final TextField figureName = new TextField("Add a public figure");
    final Button addFigure = new Button("Add", e -> addFigure());
    @Nullable ReleaseDialog dialog;

    ModerationView(ModerationService moderation, CurrentUser currentUser) {
        this.moderation = moderation;
        addClassName("list-view");
        waiting.addColumn(ModerationCaseSummary::promptText).setHeader("Prompt").setFlexGrow(2);
        waiting.addColumn(ModerationCaseSummary::reason).setHeader("Why it is held").setFlexGrow(1);
        waiting.addColumn(c -> c.requestedBy() + ", " + c.requestedAt().toString().substring(0, 16).replace('T', ' '))
                .setHeader("Asked by").setAutoWidth(true);
        waiting.addComponentColumn(c -> new Button("Release…", e -> release(c))).setAutoWidth(true);
        waiting.setItems(query -> moderation.cases(false, toSpringPageRequest(query)).stream());
        waiting.setEmptyStateText("No prompt is waiting for review.");
        waiting.setAllRowsVisible(true);
        released.addColumn(ModerationCaseSummary::promptText).setHeader("Prompt").setFlexGrow(2);
        released.addColumn(c -> c.releasedBy() + ": " + c.releaseNote()).setHeader("Released by").setFlexGrow(1);
        released.setItems(query -> moderation.cases(true, toSpringPageRequest(query)).stream());
        released.setEmptyStateText("Nothing released yet.");
        released.setAllRowsVisible(true);
        figures.addColumn(AddedFigure::name).setHeader("Name").setAutoWidth(true);
        figures.addColumn(f -> f.addedBy() + ", " + f.addedAt().toString().substring(0, 10)).setHeader("Added by");
        var admin = currentUser.require().hasRole(Roles.ADMIN);
        if (admin) {
            figures.addComponentColumn(f -> {
                var remove = new Button("Remove", e -> {
                    moderation.removeFigure(f.id());
                    refreshFigures();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                return remove;
            });
        }
        figures.setAllRowsVisible(true);
        figures.setEmptyStateText("No names added; the shipped list of public figures applies.");
        refreshFigures();
        figureName.setVisible(admin);
        addFigure.setVisible(admin);
        var addRow = new Div(figureName, addFigure);
        addRow.addClassName("button-row");
        add(new H2("Moderation"), new Paragraph("Every prompt is checked before anything is spent: public figures and "
                + "minors in sexual or violent contexts are blocked; violent or explicit terms wait here until a "
                + "manager releases that exact prompt."), new H3("Waiting for review"), waiting, new H3("Released"),
                released, new H3("Public figures added by this workspace"), addRow, figures);
    }

    void release(ModerationCaseSummary held) {
        dialog = new ReleaseDialog(moderation, held, () -> {
            waiting.getDataProvider().refreshAll();
            released.getDataProvider().refreshAll();
        });
        dialog.open();
    }

    void addFigure() {
        try {
            moderation.addFigure(figureName.getValue());
            figureName.clear();
            figureName.setInvalid(false);
            refreshFigures();
        } catch (ComplianceRefusedException refused) {
            figureName.setErrorMessage(refused.getMessage());
            figureName.setInvalid(true);
        }
    }

    private void refreshFigures() {
        figures.setItems(moderation.addedFigures());
    }
}
