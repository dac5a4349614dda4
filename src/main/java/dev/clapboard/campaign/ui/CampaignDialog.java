package dev.clapboard.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignDraft;
import dev.clapboard.campaign.CampaignRules;
import dev.clapboard.campaign.CampaignStatus;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Creates or edits a campaign. Messages show at the fields; the service checks the same rules again, and what
 * it refuses shows in the dialog, which stays open with everything typed.
 */
class CampaignDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextField brand = new TextField("Brand or product");
    final TextArea objective = new TextArea("Objective");
    final TextArea audiences = new TextArea("Target audiences");
    final DatePicker start = new DatePicker("Start");
    final DatePicker end = new DatePicker("End");
    final BigDecimalField budget = new BigDecimalField("Budget");
    final BigDecimalField baselineCost = new BigDecimalField("Traditional production: cost");
    final IntegerField baselineLeadTime = new IntegerField("Traditional production: lead time (working days)");
    final IntegerField baselineVariants = new IntegerField("Variants the baseline covers");
    final Select<CampaignStatus> status = new Select<>();
    final Paragraph refusal = new Paragraph();
    final Button save = new Button("Save");

    private final Binder<CampaignDraft> binder = new Binder<>(CampaignDraft.class);

    CampaignDialog(String title, CampaignDraft draft, Consumer<CampaignDraft> onSave) {
        setHeaderTitle(title);
        var currency = draft.budget().currency();
        budget.setSuffixComponent(new Span(currency));
        baselineCost.setSuffixComponent(new Span(currency));
        audiences.setHelperText("One per line, e.g. “B2B decision makers” or “Social 18–34”.");
        refusal.addClassName("form-refusal");
        refusal.setVisible(false);

        // asRequired passes "   ", which the service refuses; this shows that at the field
        binder.forField(name).asRequired(CampaignRules.NAME_REQUIRED)
                .withValidator(v -> !v.isBlank(), CampaignRules.NAME_REQUIRED)
                .withValidator(new StringLengthValidator(CampaignRules.tooLong(CampaignRules.NAME_MAX_LENGTH), 0,
                        CampaignRules.NAME_MAX_LENGTH)).bind("name");
        binder.forField(brand).asRequired(CampaignRules.BRAND_REQUIRED)
                .withValidator(v -> !v.isBlank(), CampaignRules.BRAND_REQUIRED)
                .withValidator(new StringLengthValidator(CampaignRules.tooLong(CampaignRules.BRAND_MAX_LENGTH), 0,
                        CampaignRules.BRAND_MAX_LENGTH)).bind("brand");
        binder.forField(objective).withValidator(new StringLengthValidator(
                CampaignRules.tooLong(CampaignRules.OBJECTIVE_MAX_LENGTH), 0, CampaignRules.OBJECTIVE_MAX_LENGTH)).bind("objective");
        binder.forField(audiences)
                .withConverter(CampaignDialog::lines, lines -> String.join("\n", lines))
                .withValidator(lines -> lines.size() <= CampaignRules.MAX_AUDIENCES,
                        "At most " + CampaignRules.MAX_AUDIENCES + " target audiences.")
                .withValidator(lines -> lines.stream().allMatch(l -> l.length() <= CampaignRules.AUDIENCE_MAX_LENGTH),
                        "Keep each audience within " + CampaignRules.AUDIENCE_MAX_LENGTH + " characters.")
                .bind("audiences");
        binder.forField(start).bind("startDate");
        var endBinding = binder.forField(end)
                .withValidator(e -> e == null || start.getValue() == null || !e.isBefore(start.getValue()),
                        CampaignRules.END_BEFORE_START)
                .bind("endDate");
        start.addValueChangeListener(e -> endBinding.validate());
        binder.forField(budget).asRequired("Enter a budget (0 if there is none yet).")
                .withValidator(v -> v.signum() >= 0, CampaignRules.NEGATIVE_BUDGET)
                .withConverter(amount -> new Money(amount, currency), Money::amount).bind("budget");
        binder.forField(baselineCost).asRequired("Enter what a traditional production would cost.")
                .withValidator(v -> v.signum() >= 0, CampaignRules.NEGATIVE_BASELINE)
                .withConverter(amount -> new Money(amount, currency), Money::amount).bind("baselineCost");
        binder.forField(baselineLeadTime).asRequired("Enter the traditional lead time.")
                .withValidator(v -> v >= 0, CampaignRules.NEGATIVE_LEAD_TIME).bind("baselineLeadTimeDays");
        binder.forField(baselineVariants).asRequired(CampaignRules.TOO_FEW_VARIANTS)
                .withValidator(v -> v >= 1, CampaignRules.TOO_FEW_VARIANTS).bind("baselineVariants");
        status.setLabel("Status");
        status.setItems(CampaignStatus.PLANNING, CampaignStatus.ACTIVE, CampaignStatus.WRAPPED);
        status.setItemLabelGenerator(CampaignStatus::label);
        binder.forField(status).asRequired("Pick a status.").bind("status");
        binder.readRecord(draft);

        var form = new FormLayout(name, brand, status, objective, audiences, start, end, budget, baselineCost,
                baselineLeadTime, baselineVariants);
        form.setColspan(name, 2);
        form.setColspan(objective, 2);
        form.setColspan(audiences, 2);
        add(refusal, form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(onSave));
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(48rem, 100vw)");
    }

    private void save(Consumer<CampaignDraft> onSave) {
        CampaignDraft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        try {
            onSave.accept(draft);
            close();
        } catch (IllegalArgumentException | IllegalStateException refused) {
            refusal.setText(refused.getMessage());
            refusal.setVisible(true);
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
