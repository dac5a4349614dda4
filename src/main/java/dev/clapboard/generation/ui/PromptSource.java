package dev.clapboard.generation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.prompt.PromptVersion;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Where a generation's prompt comes from: a saved version of the card's prompt (the generation then points at
 * exactly that version, and the text cannot be changed here) or free text. Shows the prompt's lint warnings.
 */
class PromptSource extends Div {

    private static final int VERSIONS_SHOWN = 20;

    private final PromptService prompts;
    private final TextArea text;
    final Select<PromptVersion> version = new Select<>();
    final UnorderedList warnings = new UnorderedList();

    PromptSource(PromptService prompts, long campaignId, @Nullable Long cardId, TextArea text) {
        this.prompts = prompts;
        this.text = text;
        addClassName("prompt-source");
        warnings.addClassName("lint-warnings");
        version.setLabel("Prompt version");
        version.setEmptySelectionAllowed(true);
        version.setEmptySelectionCaption("Free text (no saved version)");
        var dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());
        version.setItemLabelGenerator(v -> v == null ? "Free text (no saved version)"
                : "v" + v.number() + " · " + dates.format(v.createdAt()) + (v.note().isBlank() ? "" : " · " + v.note()));
        var versions = cardId == null ? List.<PromptVersion>of()
                : prompts.history(campaignId, cardId, PageRequest.of(0, VERSIONS_SHOWN)).getContent();
        version.setItems(versions);
        version.setVisible(!versions.isEmpty());
        version.addValueChangeListener(e -> use(e.getValue()));
        add(version, warnings);
        if (!versions.isEmpty()) {
            version.setValue(versions.getFirst());
        }
    }

    private void use(@Nullable PromptVersion chosen) {
        if (chosen == null) {
            text.setReadOnly(false);
            text.setHelperText("Free text: the exact text is stored with every video.");
            return;
        }
        text.setValue(chosen.text());
        text.setReadOnly(true);
        text.setHelperText("Version " + chosen.number() + " of the card's prompt; edit it in the prompt studio.");
    }

    @Nullable Long versionId() {
        var chosen = version.getValue();
        return chosen == null ? null : chosen.id();
    }

    @Nullable PromptVersion chosen() {
        return version.getValue();
    }

    /** Shows what the prompt studio would warn about, for this model's allowed lengths. */
    void lint(@Nullable Integer seconds, List<Integer> allowedDurations) {
        warnings.removeAll();
        for (var warning : prompts.lint(text.getValue(), seconds, allowedDurations)) {
            var item = new ListItem(new Span(warning.message() + " "), new Span(warning.fix()));
            item.addClassName("lint-warning");
            warnings.add(item);
        }
    }
}
