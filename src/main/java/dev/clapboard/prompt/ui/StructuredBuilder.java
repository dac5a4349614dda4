package dev.clapboard.prompt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.clapboard.prompt.StructuredPrompt;
import dev.clapboard.prompt.StructuredPrompt.DialogueLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Subject, action, setting, camera, light, style, audio, duration and aspect ratio, assembled into one text. */
class StructuredBuilder extends VerticalLayout {

    final TextField subject = field("Subject", "a 45-year-old managing director");
    final TextField action = field("Action", "explains software features");
    final TextField setting = field("Setting", "in a modern office, dashboard on a monitor behind");
    final Select<String> shotSize = select("Shot size", "", "extreme wide shot", "wide shot", "medium shot",
            "medium close-up", "close-up", "extreme close-up", "over-the-shoulder shot");
    final Select<String> movement = select("Camera movement", "", "static camera", "slow push-in", "pull-back",
            "pan", "tracking shot", "handheld", "orbit", "crane up", "drone flyover");
    final TextField lens = field("Lens", "35 mm");
    final TextField lighting = field("Lighting", "soft daylight from the window");
    final TextField style = field("Style", "photorealistic");
    final VerticalLayout dialogue = new VerticalLayout();
    final Button addLine = new Button("Add dialogue line", VaadinIcon.PLUS.create());
    final TextField ambience = field("Ambience", "quiet office hum");
    final TextField music = field("Music", "light piano");
    final IntegerField duration = new IntegerField("Duration (seconds)");
    final Select<String> aspectRatio = select("Aspect ratio", "", "16:9", "9:16", "1:1", "4:5");
    final TextBlock preview = new TextBlock("builder-preview");
    final Button use = new Button("Use this text");
    final List<DialogueRow> lines = new ArrayList<>();

    /** One spoken line of the builder. */
    final class DialogueRow extends HorizontalLayout {
        final TextField speaker = field("Speaker", "Director");
        final TextField line = field("Line", "This saves us a morning every week.");

        DialogueRow() {
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                lines.remove(this);
                dialogue.remove(this);
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel("Remove line");
            line.setWidthFull();
            setWidthFull();
            setAlignItems(Alignment.BASELINE);
            add(speaker, line, remove);
        }
    }

    StructuredBuilder(Consumer<StructuredPrompt> onUse) {
        setPadding(false);
        duration.setMin(1);
        duration.setMax(600);
        duration.setValueChangeMode(ValueChangeMode.LAZY);
        duration.addValueChangeListener(e -> refresh());
        dialogue.setPadding(false);
        dialogue.setSpacing(false);
        addLine.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addLine.addClickListener(e -> addDialogueLine());
        use.addClickListener(e -> onUse.accept(value()));
        var form = new FormLayout(subject, action, setting, shotSize, movement, lens, lighting, style, ambience, music,
                duration, aspectRatio);
        form.setColspan(setting, 2);
        add(form, new H4("Dialogue"), dialogue, addLine, preview, use);
        refresh();
    }

    DialogueRow addDialogueLine() {
        var row = new DialogueRow();
        lines.add(row);
        dialogue.add(row);
        return row;
    }

    StructuredPrompt value() {
        return new StructuredPrompt(subject.getValue(), action.getValue(), setting.getValue(), shotSize.getValue(),
                movement.getValue(), lens.getValue(), lighting.getValue(), style.getValue(),
                lines.stream().map(l -> new DialogueLine(l.speaker.getValue(), l.line.getValue())).toList(),
                ambience.getValue(), music.getValue(), duration.getValue(), aspectRatio.getValue());
    }

    private void refresh() {
        preview.setText(value().assemble());
    }

    private TextField field(String label, String example) {
        var field = new TextField(label);
        field.setPlaceholder(example);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> refresh());
        return field;
    }

    private Select<String> select(String label, String... options) {
        var select = new Select<String>();
        select.setLabel(label);
        select.setItems(options);
        select.setValue("");
        select.setItemLabelGenerator(o -> o.isEmpty() ? "–" : o);
        select.addValueChangeListener(e -> refresh());
        return select;
    }
}
