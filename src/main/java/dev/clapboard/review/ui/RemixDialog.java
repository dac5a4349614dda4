package dev.clapboard.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationRefusedException;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationSummary;
import java.util.function.Consumer;

/**
 * "New version from this output": the prompt of the video, to change and request again with every other setting
 * kept. Checked like any request (role, budget, quota); a refusal shows at the prompt and nothing is queued.
 */
class RemixDialog extends Dialog {

    private final GenerationService generations;
    private final GenerationSummary source;
    private final Consumer<GenerationSummary> requested;
    final TextArea prompt = new TextArea("Prompt");
    final Button request = new Button("Request new version", e -> request());

    RemixDialog(GenerationService generations, GenerationSummary source, Consumer<GenerationSummary> requested) {
        this.generations = generations;
        this.source = source;
        this.requested = requested;
        setHeaderTitle("New version from variant " + source.variantIndex());
        prompt.setValue(source.promptText());
        prompt.setMaxLength(GenerationOrder.MAX_PROMPT_LENGTH);
        prompt.setWidthFull();
        prompt.setMinHeight("10rem");
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph("Same provider, model, size, duration and style: " + source.providerId() + " · "
                + source.model() + " · " + source.size() + " · " + source.durationSeconds() + " s · " + source.style()
                + ". Providers that can remix start from this video; others make a new one from the prompt."), prompt);
        getFooter().add(new Button("Cancel", e -> close()), request);
        setWidth("min(44rem, 95vw)");
    }

    private void request() {
        prompt.setInvalid(false);
        try {
            var queued = generations.remix(source.id(), prompt.getValue());
            close();
            Notification.show("New version queued as #" + queued.id() + "; it appears in the versions when ready.");
            requested.accept(queued);
        } catch (GenerationRefusedException e) {
            prompt.setErrorMessage(e.getMessage());
            prompt.setInvalid(true);
        }
    }
}
