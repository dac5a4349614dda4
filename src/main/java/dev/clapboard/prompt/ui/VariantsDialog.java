package dev.clapboard.prompt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.clapboard.base.ui.FieldErrors;
import dev.clapboard.prompt.PromptInputException;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.prompt.PromptVersion;
import dev.clapboard.prompt.StyleVariant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Makes linked A/B variants of one version: every chosen style for every audience, in one action. */
class VariantsDialog extends Dialog {

    final CheckboxGroup<StyleVariant> styles = new CheckboxGroup<>("Styles");
    final TextField customStyle = new TextField("Custom style");
    final TextArea audiences = new TextArea("Audiences, one per line");
    final TextField note = new TextField("Note");
    final Paragraph summary = new Paragraph();
    final Button make = new Button("Make variants");

    VariantsDialog(PromptService prompts, PromptVersion source, Consumer<List<PromptVersion>> made) {
        setHeaderTitle("Style variants of version " + source.number());
        styles.setItems(StyleVariant.values());
        styles.setItemLabelGenerator(StyleVariant::label);
        customStyle.setPlaceholder("e.g. pencil sketch, warm tones");
        customStyle.setValueChangeMode(ValueChangeMode.LAZY);
        audiences.setPlaceholder("B2B buyers\nstudents");
        audiences.setValueChangeMode(ValueChangeMode.LAZY);
        audiences.setWidthFull();
        note.setWidthFull();
        styles.addValueChangeListener(e -> summarise());
        customStyle.addValueChangeListener(e -> summarise());
        audiences.addValueChangeListener(e -> summarise());
        var errors = new FieldErrors().field(PromptService.FIELD_STYLE, styles)
                .field(PromptService.FIELD_AUDIENCE, audiences).field(PromptService.FIELD_NOTE, note);
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.addClickListener(e -> {
            errors.clear();
            try {
                made.accept(prompts.variants(source.id(), styleNames(), audienceLines(), note.getValue()));
                close();
            } catch (PromptInputException refused) {
                errors.show(refused);
            }
        });
        add(new VerticalLayout(styles, customStyle, audiences, note, summary));
        getFooter().add(new Button("Cancel", e -> close()), make);
        summarise();
    }

    private void summarise() {
        int count = styleNames().size() * Math.max(1, audienceLines().size());
        summary.setText(count == 0 ? "Choose at least one style." : "Makes " + count + " linked variant"
                + (count == 1 ? "" : "s") + " (at most " + PromptService.MAX_VARIANTS + ").");
    }

    private List<String> styleNames() {
        var names = new ArrayList<String>();
        Arrays.stream(StyleVariant.values()).filter(styles.getValue()::contains).map(StyleVariant::label)
                .forEach(names::add);
        if (!customStyle.getValue().isBlank()) {
            names.add(customStyle.getValue().strip());
        }
        return names;
    }

    private List<String> audienceLines() {
        return audiences.getValue().lines().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
    }
}
