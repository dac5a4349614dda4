package dev.clapboard.prompt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.clapboard.base.ui.FieldErrors;
import dev.clapboard.prompt.PromptInputException;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.prompt.PromptVersion;
import dev.clapboard.prompt.StructuredPrompt;
import dev.clapboard.prompt.StyleVariant;
import dev.clapboard.prompt.VersionDraft;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The prompt text being written, with its settings, character count, lint warnings and a preview of exactly
 * what will be saved. Members who may not write see all of it but no save.
 */
class PromptComposer extends VerticalLayout {

    static final List<String> ASPECT_RATIOS = List.of("16:9", "9:16", "1:1", "4:5");

    final TextArea text = new TextArea("Prompt");
    final Span count = new Span();
    final UnorderedList warnings = new UnorderedList();
    final TextBlock preview = new TextBlock("prompt-preview");
    final ComboBox<String> style = new ComboBox<>("Style");
    final TextField audience = new TextField("Audience");
    final IntegerField duration = new IntegerField("Duration (seconds)");
    final ComboBox<String> aspectRatio = new ComboBox<>("Aspect ratio", ASPECT_RATIOS);
    final TextField note = new TextField("Note for this version");
    final Button save = new Button("Save version");

    private final PromptService prompts;
    private final FieldErrors errors = new FieldErrors();
    private @Nullable StructuredPrompt structured;
    private @Nullable String templateKey;

    PromptComposer(PromptService prompts, long campaignId, long cardId, boolean canWrite,
            Consumer<PromptVersion> saved) {
        this.prompts = prompts;
        addClassName("prompt-composer");
        setPadding(false);
        text.setWidthFull();
        text.setMinHeight("12rem");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setHelperText("Up to " + format(PromptService.MAX_TEXT_LENGTH) + " characters. Every save is kept as "
                + "a new version.");
        text.setReadOnly(!canWrite);
        style.setReadOnly(!canWrite);
        audience.setReadOnly(!canWrite);
        duration.setReadOnly(!canWrite);
        aspectRatio.setReadOnly(!canWrite);
        count.addClassName("prompt-count");
        warnings.addClassName("prompt-warnings");
        style.setItems(Arrays.stream(StyleVariant.values()).map(StyleVariant::label).toList());
        style.setAllowCustomValue(true);
        style.addCustomValueSetListener(e -> style.setValue(e.getDetail()));
        audience.setPlaceholder("e.g. managing directors of mid-sized firms");
        duration.setMin(1);
        duration.setMax(600);
        duration.setStepButtonsVisible(true);
        duration.setHelperText("Providers allow " + PromptService.DEFAULT_DURATIONS.stream().map(String::valueOf)
                .reduce((a, b) -> a + ", " + b).orElse("") + " s");
        duration.setValueChangeMode(ValueChangeMode.LAZY);
        note.setPlaceholder("What changed, and why");
        note.setMaxLength(PromptService.NOTE_MAX_LENGTH);
        note.setWidthFull();
        errors.field(PromptService.FIELD_TEXT, text).field(PromptService.FIELD_NOTE, note)
                .field(PromptService.FIELD_STYLE, style).field(PromptService.FIELD_AUDIENCE, audience)
                .field(PromptService.FIELD_DURATION, duration).field(PromptService.FIELD_ASPECT_RATIO, aspectRatio);

        text.addValueChangeListener(e -> refresh());
        duration.addValueChangeListener(e -> refresh());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(campaignId, cardId, saved));

        var settings = new FlexLayout(style, audience, duration, aspectRatio);
        settings.addClassName("prompt-settings");
        var preview = new VerticalLayout(new H3("Preview"), this.preview);
        preview.setPadding(false);
        add(text, count, warnings, settings);
        if (canWrite) {
            var actions = new HorizontalLayout(note, save);
            actions.setWidthFull();
            actions.setAlignItems(Alignment.BASELINE);
            add(actions);
        }
        add(preview);
        refresh();
    }

    /** Puts text from a template, the builder or an old version into the editor. */
    void load(String newText, @Nullable StructuredPrompt fromBuilder, @Nullable String fromTemplate,
            @Nullable Integer seconds, @Nullable String ratio, @Nullable String look) {
        text.setValue(newText);
        structured = fromBuilder;
        templateKey = fromTemplate;
        if (seconds != null) {
            duration.setValue(seconds);
        }
        if (ratio != null && !ratio.isBlank()) {
            aspectRatio.setValue(ratio);
        }
        if (look != null && !look.isBlank()) {
            style.setValue(look);
        }
        refresh();
    }

    void load(PromptVersion version) {
        load(version.text(), version.structured(), version.templateKey(), version.durationSeconds(),
                version.aspectRatio(), version.style());
        audience.setValue(version.audience() == null ? "" : version.audience());
    }

    private void refresh() {
        var value = text.getValue();
        count.setText(format(value.length()) + " / " + format(PromptService.MAX_TEXT_LENGTH) + " characters");
        count.getElement().getClassList().set("over-limit", value.length() > PromptService.MAX_TEXT_LENGTH);
        preview.setText(value);
        warnings.removeAll();
        prompts.lint(value, duration.getValue(), PromptService.DEFAULT_DURATIONS).forEach(w -> {
            var message = new Span(w.message());
            message.addClassName("warning-message");
            var fix = new Span(w.fix());
            fix.addClassName("warning-fix");
            var item = new ListItem(message, fix);
            item.addClassName("warning-" + w.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            warnings.add(item);
        });
    }

    private void save(long campaignId, long cardId, Consumer<PromptVersion> saved) {
        errors.clear();
        try {
            var version = prompts.save(campaignId, cardId, new VersionDraft(text.getValue(), structured,
                    style.getValue(), audience.getValue(), duration.getValue(), aspectRatio.getValue(),
                    note.getValue(), templateKey));
            note.clear();
            Notification.show("Saved as version " + version.number() + ".", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            saved.accept(version);
        } catch (PromptInputException e) {
            errors.show(e);
        }
    }

    private static String format(int number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
