package dev.clapboard.finance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import dev.clapboard.base.Money;
import dev.clapboard.finance.CostLedger;
import dev.clapboard.finance.ManualCost;
import java.math.BigDecimal;

/** Books a cost other than generations (staff hours × rate, stock music, media buying) in euros. */
class ManualCostForm extends Div {

    private final CostLedger ledger;
    private final long campaignId;
    private final Runnable booked;
    final Select<String> category = new Select<>();
    final BigDecimalField amount = new BigDecimalField("Amount (EUR)");
    final TextField note = new TextField("Note");
    final Button add = new Button("Add cost", e -> add());

    ManualCostForm(CostLedger ledger, long campaignId, Runnable booked) {
        this.ledger = ledger;
        this.campaignId = campaignId;
        this.booked = booked;
        category.setLabel("Category");
        category.setItems(ManualCost.CATEGORIES);
        category.setValue(ManualCost.CATEGORIES.getFirst());
        note.setPlaceholder("e.g. 6 h editing × 80 EUR");
        note.setMaxLength(500);
        var row = new HorizontalLayout(category, amount, note, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(new H3("Other costs"), row);
    }

    private void add() {
        var value = amount.getValue();
        if (value == null || value.signum() <= 0) {
            amount.setErrorMessage("Enter an amount above zero.");
            amount.setInvalid(true);
            return;
        }
        amount.setInvalid(false);
        try {
            ledger.record(new ManualCost(campaignId, category.getValue(), note.getValue(), new Money(value, Money.EUR),
                    BigDecimal.ONE));
        } catch (IllegalArgumentException refused) {
            amount.setErrorMessage(refused.getMessage());
            amount.setInvalid(true);
            return;
        }
        ledger.checkBudget(campaignId);
        booked.run();
    }
}
