package dev.clapboard.generation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignDraft;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignStatus;
import dev.clapboard.finance.CostLedger;
import dev.clapboard.finance.ManualCost;
import dev.clapboard.finance.domain.BudgetOverrideRepository;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SignIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A request the budget cap refuses: a creator reads why, a manager can let it through once with a reason,
 * which the budget audit keeps.
 */
@DirtiesContext
class BudgetOverrideDialogTest extends KaribuTest {

    private static final String REFUSAL = "This request is estimated at €0.00 but campaign “Overspent launch” has "
            + "€0.00 left of its €10.00 budget (€25.00 spent or reserved). A manager can let one request go over the budget.";

    @Autowired
    CampaignService campaigns;
    @Autowired
    CostLedger ledger;
    @Autowired
    BudgetOverrideRepository overrides;
    long campaignId;

    /** A campaign whose other costs already exceed its budget, so even a free local render is refused. */
    @BeforeEach
    void overspentCampaign() {
        signIn.as(DemoLogins.MANAGER);
        campaignId = campaigns.create(new CampaignDraft("Overspent launch", "Northwind Analytics", null, List.of(),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 20), Money.euros(10), Money.euros(20_000), 15, 5,
                CampaignStatus.ACTIVE)).id();
        ledger.record(new ManualCost(campaignId, ManualCost.CATEGORIES.getFirst(), "Studio day",
                Money.euros(25), BigDecimal.ONE));
        SignIn.out();
    }

    @Test
    void a_creator_sees_why_the_budget_refused_and_no_override() {
        signIn(DemoLogins.CREATOR);
        var dialog = openDialog();

        _click(dialog.generate);

        assertThat(dialog.refusal.getText()).isEqualTo(REFUSAL);
        assertThat(dialog.overrideBudget.isVisible()).isFalse();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void a_manager_overrides_the_budget_for_one_request_with_a_reason_that_is_audited() {
        var manager = (ClapboardUser) signIn(DemoLogins.MANAGER).getPrincipal();
        var dialog = openDialog();
        var view = _get(GenerationsView.class);
        assertThat(dialog.overrideBudget.isVisible()).isFalse();

        _click(dialog.generate);
        assertThat(dialog.refusal.getText()).isEqualTo(REFUSAL);
        assertThat(dialog.overrideBudget.isVisible()).isTrue();

        _click(dialog.overrideBudget);
        var override = _get(BudgetOverrideDialog.class);
        _click(override.confirm);
        assertThat(override.reason.isInvalid()).isTrue();
        assertThat(override.reason.getErrorMessage()).isEqualTo("Say why this request may go over the budget.");
        assertThat(overrides.findByCampaignIdOrderByGrantedAtDesc(campaignId)).isEmpty();
        assertThat(_size(view.grid)).isZero();

        _setValue(override.reason, "Trade fair teaser, approved by the CMO");
        _click(override.confirm);

        _assertNone(BudgetOverrideDialog.class);
        _assertNone(GenerateDialog.class);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(overrides.findByCampaignIdOrderByGrantedAtDesc(campaignId)).singleElement().satisfies(o -> {
            assertThat(o.getGrantedBy()).isEqualTo(manager.accountId());
            assertThat(o.getReason()).isEqualTo("Trade fair teaser, approved by the CMO");
            assertThat(o.getEstimateEur()).isEqualByComparingTo("0.00");
            assertThat(o.getRemainingEur()).isEqualByComparingTo("-15.00");
        });
    }

    @Test
    void a_reason_of_invisible_characters_or_over_500_characters_is_refused_at_the_field_and_nothing_is_queued() {
        signIn(DemoLogins.MANAGER);
        var dialog = openDialog();
        var view = _get(GenerationsView.class);
        _click(dialog.generate);
        _click(dialog.overrideBudget);
        var override = _get(BudgetOverrideDialog.class);

        _setValue(override.reason, "\u200B\u200B");
        _click(override.confirm);
        assertThat(override.reason.getErrorMessage()).isEqualTo("Say why this request may go over the budget.");

        _setValue(override.reason, "r".repeat(100_000));
        _click(override.confirm);
        assertThat(override.reason.isInvalid()).isTrue();
        assertThat(override.reason.getErrorMessage()).isEqualTo("Keep the reason within 500 characters.");

        assertThat(overrides.findByCampaignIdOrderByGrantedAtDesc(campaignId)).isEmpty();
        assertThat(_size(view.grid)).isZero();
    }

    private GenerateDialog openDialog() {
        UI.getCurrent().navigate("generations", QueryParameters.simple(Map.of("campaign", String.valueOf(campaignId))));
        var view = _get(GenerationsView.class);
        assertThat(view.campaign.getValue().id()).isEqualTo(campaignId);
        _click(view.newGeneration);
        var dialog = _get(GenerateDialog.class);
        _setValue(dialog.prompt, "A product shot of a dashboard on a monitor");
        dialog.size.setValue("640x360");
        return dialog;
    }
}
