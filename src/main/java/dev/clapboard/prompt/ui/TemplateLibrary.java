package dev.clapboard.prompt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.clapboard.prompt.PromptTemplate;
import dev.clapboard.prompt.TemplateService;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Built-in and workspace templates in one lazy list, with the chosen one's text and example. Creators and above
 * add and edit workspace templates and copy built-ins; everyone else reads.
 */
class TemplateLibrary extends Div {

    final Grid<PromptTemplate> grid = new Grid<>();
    final Button create = new Button("New template", VaadinIcon.PLUS.create());
    final VerticalLayout details = new VerticalLayout();
    final Button copy = new Button("Copy to workspace");
    final Button edit = new Button("Edit");

    private final TemplateService templates;
    private final boolean canWrite;

    TemplateLibrary(TemplateService templates, boolean canWrite, Supplier<String> filter) {
        this.templates = templates;
        this.canWrite = canWrite;
        addClassName("template-library");
        grid.addColumn(PromptTemplate::name).setHeader("Template").setFlexGrow(2);
        grid.addColumn(t -> t.category().label()).setHeader("Category");
        grid.addColumn(t -> t.builtIn() ? "Built-in" : "Workspace").setHeader("Source");
        grid.addColumn(t -> String.join(", ", t.placeholders())).setHeader("Placeholders").setFlexGrow(2);
        grid.setItems(query -> templates.catalogue(filter.get(), query.getOffset(), query.getLimit()).stream(),
                query -> templates.count(filter.get()));
        grid.setEmptyStateText("No template matches.");
        grid.addSelectionListener(e -> show(e.getFirstSelectedItem().orElse(null)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new TemplateDialog(templates, null, this::saved).open());
        copy.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(t -> {
            var copied = templates.copyToWorkspace(t.key());
            Notification.show("Copied as \"" + copied.name() + "\". You can change the copy.");
            saved(copied);
        }));
        edit.addClickListener(e -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(t -> new TemplateDialog(templates, t, this::saved).open()));
        details.addClassName("template-details");
        var list = new VerticalLayout(grid);
        list.setPadding(false);
        if (canWrite) {
            list.addComponentAsFirst(create);
        }
        add(list, details);
        show(null);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void saved(PromptTemplate template) {
        refresh();
        grid.select(template);
    }

    private void show(@Nullable PromptTemplate template) {
        details.removeAll();
        if (template == null) {
            details.add(new Paragraph("Choose a template to see its text and an example."));
            return;
        }
        var body = new TextBlock("template-body");
        body.setText(template.body());
        var example = new TextBlock("template-example");
        example.setText(template.exampleOutput());
        var source = new Span(template.builtIn() ? "Built-in, read-only" : "Workspace template");
        source.addClassName("template-source");
        details.add(new H3(template.name()), source, new Paragraph(template.description()), new H4("Template text"),
                body, new H4("Example output"), example);
        if (canWrite) {
            details.add(new HorizontalLayout(template.builtIn() ? copy : edit));
        }
    }
}
