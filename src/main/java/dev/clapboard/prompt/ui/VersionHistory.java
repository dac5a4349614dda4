package dev.clapboard.prompt.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.prompt.PromptVersion;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Consumer;

/** The card's versions, newest first and paged from the database; compare two, restore or vary one. */
class VersionHistory extends VerticalLayout {

    final Grid<PromptVersion> grid = new Grid<>();
    final Button compare = new Button("Compare");
    final Button load = new Button("Open in editor");
    final Button restore = new Button("Restore as new version");
    final Button variants = new Button("Make style variants");

    VersionHistory(PromptService prompts, long campaignId, long cardId, boolean canWrite,
            Consumer<PromptVersion> open) {
        setPadding(false);
        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
        grid.addColumn(v -> "v" + v.number()).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> times.format(v.createdAt())).setHeader("Saved").setAutoWidth(true);
        grid.addColumn(PromptVersion::authorName).setHeader("By").setAutoWidth(true);
        grid.addColumn(PromptVersion::note).setHeader("Note").setFlexGrow(2);
        grid.addColumn(v -> Objects.toString(v.style(), "")).setHeader("Style");
        grid.addColumn(v -> Objects.toString(v.audience(), "")).setHeader("Audience");
        // Variants made together share a group; its first characters are enough to tell groups apart.
        grid.addColumn(v -> v.siblingGroup() == null ? "" : "Group " + v.siblingGroup().substring(0, 6))
                .setHeader("A/B group");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setItems(query -> prompts.history(campaignId, cardId, toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No saved versions yet.");
        grid.setHeight("20rem");
        grid.asMultiSelect().addValueChangeListener(e -> enableActions());

        compare.addClickListener(e -> {
            var chosen = new ArrayList<>(grid.getSelectedItems());
            chosen.sort(Comparator.comparingInt(PromptVersion::number));
            new DiffDialog(chosen.get(0), chosen.get(1)).open();
        });
        load.addClickListener(e -> single().ifPresent(open));
        restore.addClickListener(e -> single().ifPresent(v -> {
            var restored = prompts.restore(v.id(), "");
            Notification.show("Version " + v.number() + " restored as version " + restored.number() + ".");
            open.accept(restored);
            refresh();
        }));
        variants.addClickListener(e -> single().ifPresent(v -> new VariantsDialog(prompts, v, made -> {
            Notification.show(made.size() + " linked variants saved.");
            refresh();
        }).open()));
        var actions = new HorizontalLayout(compare, load);
        if (canWrite) {
            actions.add(restore, variants);
        }
        add(new H3("Versions"), grid, actions);
        enableActions();
    }

    void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    private java.util.Optional<PromptVersion> single() {
        return grid.getSelectedItems().size() == 1 ? grid.getSelectedItems().stream().findFirst()
                : java.util.Optional.empty();
    }

    private void enableActions() {
        int selected = grid.getSelectedItems().size();
        compare.setEnabled(selected == 2);
        load.setEnabled(selected == 1);
        restore.setEnabled(selected == 1);
        variants.setEnabled(selected == 1);
    }
}
