package dev.clapboard.compliance.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.compliance.PeopleService;
import dev.clapboard.compliance.PersonSummary;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * The register of real people who may appear in videos, with where their consent stands. Every member reads it;
 * managers add people. A row opens the person with their consent records.
 */
@Route("people")
@PageTitle("People · Clapboard")
@Menu(order = 40, icon = "vaadin:user-card", title = "People")
@PermitAll
class PeopleView extends Main {

    final Grid<PersonSummary> grid = new Grid<>();
    final Button add = new Button("Add person");
    private final PeopleService people;
    @Nullable PersonDialog dialog;

    PeopleView(PeopleService people, CurrentUser currentUser) {
        this.people = people;
        addClassName("list-view");
        grid.addColumn(PersonSummary::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(p -> p.adult() ? "Adult" : "Minor").setHeader("Age").setAutoWidth(true);
        grid.addColumn(PersonSummary::consentState).setHeader("Consent").setAutoWidth(true);
        grid.addColumn(p -> p.referenceFileName() == null ? "—" : p.referenceFileName()).setHeader("Reference")
                .setAutoWidth(true);
        grid.setItems(query -> people.page(toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No one in the register yet.");
        grid.addItemClickListener(click -> UI.getCurrent().navigate("people/" + click.getItem().id()));
        grid.setSizeFull();
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            dialog = new PersonDialog(people, null, saved -> UI.getCurrent().navigate("people/" + saved.id()));
            dialog.open();
        });
        add.setVisible(currentUser.require().hasRole(Roles.MANAGER));
        var heading = new Div(new H2("People"), add);
        heading.addClassName("view-heading");
        add(heading, new Paragraph("Everyone who may appear in a video needs a valid consent for the campaign, "
                + "channel and date; a card declares who it shows under \"People in this video\"."), grid);
    }
}
