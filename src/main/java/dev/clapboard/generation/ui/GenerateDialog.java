package dev.clapboard.generation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationRefusedException;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.generation.ProviderChoice;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.prompt.PromptService;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Asks for videos: prompt, provider, model, size, length, variants and style, with the price and the wait
 * shown before anything is spent. A refusal is shown here and everything typed stays; a manager may let a
 * request the budget cap refused go through once, with a reason ({@link BudgetOverrideDialog}).
 */
class GenerateDialog extends Dialog {

    static final int PROMPT_MAX_LENGTH = 10_000;

    private final GenerationService generations;
    private final long campaignId;
    private final @Nullable Long cardId;
    private final PromptSource promptSource;
    final FirstFrameUpload firstFrame = new FirstFrameUpload();
    private final Consumer<List<GenerationSummary>> onRequested;
    private final boolean mayOverrideBudget;

    final TextField title = new TextField("Shot title");
    final TextArea prompt = new TextArea("Prompt");
    final Select<ProviderChoice> provider = new Select<>();
    final Select<ProviderChoice.ModelChoice> model = new Select<>();
    final Select<String> size = new Select<>();
    final Select<Integer> duration = new Select<>();
    final IntegerField variants = new IntegerField("Variants");
    final Select<String> style = new Select<>();
    final Paragraph estimate = new Paragraph();
    final Paragraph refusal = new Paragraph();
    final Button generate = new Button("Generate", e -> submit());
    final Button overrideBudget = new Button("Override budget for this request", e -> overrideBudget());
    final ProviderComparison comparison;

    GenerateDialog(GenerationService generations, PromptService prompts, long campaignId, @Nullable Long cardId,
            String promptText, boolean mayOverrideBudget, Consumer<List<GenerationSummary>> onRequested) {
        this.generations = generations;
        this.mayOverrideBudget = mayOverrideBudget;
        this.campaignId = campaignId;
        this.cardId = cardId;
        this.onRequested = onRequested;
        this.comparison = new ProviderComparison(generations, generations.providers());
        setHeaderTitle("Generate videos");
        setWidth("min(40rem, 95vw)");
        configureFields(promptText);
        promptSource = new PromptSource(prompts, campaignId, cardId, prompt);
        refusal.addClassName("form-status");
        estimate.addClassName("generate-estimate");
        var form = new FormLayout(title, provider, prompt, model, size, duration, variants, style);
        form.setColspan(prompt, 2);
        form.setColspan(title, 2);
        add(promptSource, form, firstFrame, estimate, refusal, comparison);
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        overrideBudget.addThemeVariants(ButtonVariant.LUMO_ERROR);
        overrideBudget.setVisible(false);
        getFooter().add(new Button("Cancel", e -> close()), overrideBudget, generate);
        provider.setValue(provider.getListDataView().getItems().findFirst().orElse(null));
    }

    private void configureFields(String promptText) {
        title.setValue("Shot");
        title.setMaxLength(120);
        prompt.setValue(promptText);
        prompt.setMaxLength(PROMPT_MAX_LENGTH);
        prompt.setHelperText("Up to " + PROMPT_MAX_LENGTH + " characters; the exact text is stored with every video.");
        prompt.setValueChangeMode(ValueChangeMode.LAZY);
        provider.setLabel("Provider");
        provider.setItems(generations.providers());
        provider.setItemLabelGenerator(ProviderChoice::displayName);
        provider.addValueChangeListener(e -> {
            model.setItems(e.getValue() == null ? List.of() : e.getValue().models());
            model.setValue(e.getValue() == null ? null : e.getValue().models().getFirst());
        });
        model.setLabel("Model");
        model.setItemLabelGenerator(ProviderChoice.ModelChoice::displayName);
        model.addValueChangeListener(e -> {
            var m = e.getValue();
            firstFrame.setVisible(m != null && m.imageReference());
            size.setItems(m == null ? List.of() : m.sizes());
            size.setValue(m == null ? null : m.sizes().getFirst());
            duration.setItems(m == null ? List.of() : m.durationsSeconds());
            duration.setValue(m == null ? null : m.durationsSeconds().getFirst());
        });
        size.setLabel("Size");
        duration.setLabel("Length");
        duration.setItemLabelGenerator(s -> s + " s");
        variants.setMin(1);
        variants.setMax(GenerationOrder.MAX_VARIANTS);
        variants.setValue(1);
        variants.setStepButtonsVisible(true);
        variants.setHelperText("1 to " + GenerationOrder.MAX_VARIANTS);
        style.setLabel("Style");
        style.setItems("photorealistic", "animated", "cinematic");
        style.setValue("photorealistic");
        for (var field : List.of(size, duration, style)) {
            field.addValueChangeListener(e -> showEstimate());
        }
        variants.addValueChangeListener(e -> showEstimate());
        prompt.addValueChangeListener(e -> showEstimate());
    }

    /** Starts from what a card asks for: its shape, length wish and style, where the model can make them. */
    void prefill(String shotTitle, @Nullable String style, @Nullable String aspectRatio, @Nullable Integer seconds) {
        title.setValue(shotTitle.length() > 120 ? shotTitle.substring(0, 120) : shotTitle);
        if (style != null && !style.isBlank()) {
            var wanted = style.strip().toLowerCase(java.util.Locale.ROOT);
            this.style.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of("photorealistic", "animated",
                    "cinematic"), java.util.stream.Stream.of(wanted)).distinct().toList());
            this.style.setValue(wanted);
        }
        var m = model.getValue();
        if (m == null) {
            return;
        }
        if (aspectRatio != null) {
            m.sizes().stream().filter(label -> VideoSize.parse(label).aspectRatio().equals(aspectRatio)).findFirst()
                    .ifPresent(size::setValue);
        }
        if (seconds != null) {
            duration.setValue(m.durationsSeconds().stream().filter(d -> d >= seconds).findFirst()
                    .orElse(m.durationsSeconds().getLast()));
        }
    }

    private @Nullable GenerationOrder order() {
        if (provider.getValue() == null || model.getValue() == null || size.getValue() == null
                || duration.getValue() == null || style.getValue() == null) {
            return null;
        }
        var count = variants.getValue() == null ? 0 : variants.getValue();
        return new GenerationOrder(campaignId, cardId, promptSource.versionId(), prompt.getValue(), title.getValue(),
                provider.getValue().id(), model.getValue().id(), VideoSize.parse(size.getValue()), duration.getValue(),
                count, style.getValue(), firstFrame.isVisible() ? firstFrame.image() : null);
    }

    private void showEstimate() {
        var order = order();
        if (order == null) {
            return;
        }
        promptSource.lint(duration.getValue(), model.getValue() == null ? List.of() : model.getValue().durationsSeconds());
        comparison.show(order, getLocale());
        try {
            var e = generations.estimate(order);
            var price = e.providerPrice().currency().equals(e.workspacePrice().currency())
                    ? e.workspacePrice().format(getLocale())
                    : e.providerPrice().format(getLocale()) + " (" + e.workspacePrice().format(getLocale()) + ")";
            estimate.setText("Estimate: " + price + " · ready in about " + humanize(e.expectedWait()));
            refusal.setText("");
            variants.setInvalid(false);
        } catch (GenerationRefusedException refused) {
            estimate.setText("");
            refusal.setText(refused.getMessage());
        }
    }

    private void submit() {
        var order = order();
        if (order == null) {
            refusal.setText("Choose a provider, model, size, length and style.");
            return;
        }
        try {
            var requested = generations.request(order);
            close();
            onRequested.accept(requested);
        } catch (GenerationRefusedException refused) {
            refusal.setText(refused.getMessage());
            overrideBudget.setVisible(mayOverrideBudget && refused.overridable());
            if (refused.getMessage().contains("variants")) {
                variants.setErrorMessage(refused.getMessage());
                variants.setInvalid(true);
            }
        }
    }

    private void overrideBudget() {
        var order = order();
        if (order != null) {
            new BudgetOverrideDialog(reason -> generations.requestWithBudgetOverride(order, reason), requested -> {
                close();
                onRequested.accept(requested);
            }).open();
        }
    }

    static String humanize(java.time.Duration wait) {
        var seconds = Math.max(1, wait.toSeconds());
        return seconds < 90 ? seconds + " seconds" : Math.round(seconds / 60.0) + " minutes";
    }
}
