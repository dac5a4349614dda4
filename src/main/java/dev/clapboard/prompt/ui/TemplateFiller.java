package dev.clapboard.prompt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.clapboard.prompt.Placeholders;
import dev.clapboard.prompt.PromptInputException;
import dev.clapboard.prompt.PromptTemplate;
import dev.clapboard.prompt.TemplateService;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Pick a template, fill its placeholders in a form made from them, and use the filled text. */
class TemplateFiller extends VerticalLayout {

    /** What "Use" hands to the editor. */
    record Filled(String text, String templateKey, @Nullable Integer durationSeconds) {
    }

    interface UseListener {
        void use(Filled filled);
    }

    final ComboBox<PromptTemplate> template = new ComboBox<>("Template");
    final FormLayout form = new FormLayout();
    final Map<String, TextField> values = new LinkedHashMap<>();
    final TextBlock preview = new TextBlock("template-preview");
    final Paragraph problem = new Paragraph();
    final Button use = new Button("Use this text");

    TemplateFiller(TemplateService templates, UseListener listener) {
        setPadding(false);
        template.setItems(query -> templates.catalogue(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        template.setItemLabelGenerator(t -> t.name() + (t.builtIn() ? " (built-in)" : ""));
        template.setWidthFull();
        template.addValueChangeListener(e -> showForm(e.getValue()));
        problem.addClassName("form-status");
        use.setEnabled(false);
        use.addClickListener(e -> use(listener));
        add(template, form, preview, problem, use);
    }

    void select(PromptTemplate chosen) {
        template.setValue(chosen);
    }

    private void showForm(@Nullable PromptTemplate chosen) {
        form.removeAll();
        values.clear();
        problem.setText("");
        use.setEnabled(chosen != null);
        if (chosen == null) {
            preview.setText("");
            return;
        }
        for (var name : chosen.placeholders()) {
            var field = new TextField(label(name));
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setRequiredIndicatorVisible(true);
            field.addValueChangeListener(e -> refreshPreview());
            values.put(name, field);
            form.add(field);
        }
        refreshPreview();
    }

    /** The template with what is filled so far; empty placeholders stay visible as {name}. */
    private void refreshPreview() {
        var chosen = template.getValue();
        if (chosen == null) {
            return;
        }
        var shown = new HashMap<String, String>();
        values.forEach((name, field) -> shown.put(name, field.getValue().isBlank() ? "{" + name + "}" : field.getValue()));
        preview.setText(chosen.fill(shown));
    }

    private void use(UseListener listener) {
        var chosen = template.getValue();
        if (chosen == null) {
            return;
        }
        var typed = new HashMap<String, String>();
        values.forEach((name, field) -> typed.put(name, field.getValue()));
        values.forEach((name, field) -> field.setInvalid(false));
        try {
            var text = chosen.fill(typed);
            problem.setText("");
            listener.use(new Filled(text, chosen.key(), seconds(typed.get("duration"))));
        } catch (PromptInputException e) {
            problem.setText(e.getMessage());
            Placeholders.missing(chosen.body(), typed).forEach(name -> {
                var field = values.get(name);
                field.setErrorMessage("Fill in {" + name + "}");
                field.setInvalid(true);
            });
        }
    }

    private static @Nullable Integer seconds(@Nullable String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String label(String name) {
        var words = name.replace('_', ' ').replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
