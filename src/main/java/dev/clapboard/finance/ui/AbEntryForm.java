package dev.clapboard.finance.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.clapboard.finance.AbEntry;
import dev.clapboard.finance.AbEntryException;
import dev.clapboard.finance.AbResultsService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One row of A/B figures typed in; the service's checks (the CSV import's) show at the field they concern. */
class AbEntryForm extends Div {

    /** A variant of the campaign, or (no generation id) its static control asset. */
    record Choice(@Nullable Long generationId, String label) {
    }

    private final AbResultsService ab;
    private final long campaignId;
    private final Runnable saved;
    final Select<Choice> variant = new Select<>();
    final TextField channel = new TextField("Channel");
    final DatePicker periodStart = new DatePicker("From");
    final DatePicker periodEnd = new DatePicker("To");
    final IntegerField impressions = count("Impressions");
    final IntegerField clicks = count("Clicks");
    final IntegerField conversions = count("Conversions");
    final Button add = new Button("Add figures", e -> add());
    private final Map<String, HasValidation> fields;

    AbEntryForm(AbResultsService ab, long campaignId, Runnable saved) {
        this.ab = ab;
        this.campaignId = campaignId;
        this.saved = saved;
        variant.setLabel("Variant");
        variant.setItemLabelGenerator(Choice::label);
        channel.setMaxLength(60);
        channel.setPlaceholder("LinkedIn");
        fields = Map.of("variant", variant, "channel", channel, "period_start", periodStart, "period_end", periodEnd,
                "impressions", impressions, "clicks", clicks, "conversions", conversions);
        var form = new FormLayout(variant, channel, periodStart, periodEnd, impressions, clicks, conversions, add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40rem", 4));
        add(form);
        refreshChoices();
    }

    /** The variants with a succeeded video, and the static asset when that is the control. */
    void refreshChoices() {
        var choices = new ArrayList<Choice>();
        var control = ab.control(campaignId);
        if (control.isStatic()) {
            choices.add(new Choice(null, control.staticLabel() + " (static control)"));
        }
        ab.variants(campaignId).forEach(id -> choices.add(new Choice(id, "#" + id)));
        variant.setItems(choices);
    }

    private void add() {
        fields.values().forEach(field -> field.setInvalid(false));
        if (variant.getValue() == null) {
            invalid(variant, "Choose a variant.");
            return;
        }
        try {
            ab.enter(campaignId, new AbEntry(variant.getValue().generationId(), channel.getValue(),
                    periodStart.getValue(), periodEnd.getValue(), number(impressions), number(clicks), number(conversions)));
        } catch (AbEntryException e) {
            invalid(fields.getOrDefault(e.field(), variant), capitalised(e.getMessage()));
            return;
        }
        for (var field : List.of(impressions, clicks, conversions)) {
            field.clear();
        }
        saved.run();
    }

    private static @Nullable Long number(IntegerField field) {
        return field.getValue() == null ? null : field.getValue().longValue();
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    private static IntegerField count(String label) {
        var field = new IntegerField(label);
        field.setMin(0);
        return field;
    }
}
