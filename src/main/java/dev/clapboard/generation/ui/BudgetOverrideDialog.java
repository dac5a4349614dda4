package dev.clapboard.generation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.clapboard.generation.GenerationRefusedException;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationSummary;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** A manager's decision to let one refused request go over the campaign's budget, with the reason audited. */
class BudgetOverrideDialog extends Dialog {

    private final Function<String, List<GenerationSummary>> request;
    private final Consumer<List<GenerationSummary>> onRequested;
    final TextArea reason = new TextArea("Reason");
    final Button confirm = new Button("Go over the budget", e -> confirm());

    BudgetOverrideDialog(Function<String, List<GenerationSummary>> request,
            Consumer<List<GenerationSummary>> onRequested) {
        this.request = request;
        this.onRequested = onRequested;
        setHeaderTitle("Override budget for this request");
        reason.setMaxLength(GenerationService.MAX_OVERRIDE_REASON_LENGTH);
        reason.setWidthFull();
        reason.setHelperText("Stored with your name and the numbers in the campaign's budget audit.");
        add(new Paragraph("This one request will be queued even though it goes over the campaign's budget."), reason);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }

    private void confirm() {
        if (reason.getValue().isBlank()) {
            reason.setErrorMessage("Say why this request may go over the budget.");
            reason.setInvalid(true);
            return;
        }
        try {
            var requested = request.apply(reason.getValue());
            close();
            onRequested.accept(requested);
        } catch (GenerationRefusedException refused) {
            reason.setErrorMessage(refused.getMessage());
            reason.setInvalid(true);
        }
    }
}
