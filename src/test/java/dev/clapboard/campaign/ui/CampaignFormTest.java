package dev.clapboard.campaign.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import dev.clapboard.campaign.CampaignRules;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignStatus;
import dev.clapboard.campaign.Campaigns;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class CampaignFormTest extends KaribuTest {

    @Autowired
    Campaigns campaigns;
    @Autowired
    CampaignService campaignService;

    @AfterEach
    void cleanUp() {
        campaigns.removeTestCampaigns();
    }

    @Test
    void a_manager_creates_a_campaign_with_the_form() {
        var view = openListAs(DemoLogins.MANAGER);
        _click(view.create);
        var dialog = _get(CampaignDialog.class);
        assertThat(dialog.baselineCost.getValue()).isEqualByComparingTo("20000");
        assertThat(dialog.baselineLeadTime.getValue()).isEqualTo(15);
        assertThat(dialog.baselineVariants.getValue()).isEqualTo(5);

        _setValue(dialog.name, "Autumn push");
        _setValue(dialog.brand, "Northwind Cloud");
        _setValue(dialog.audiences, "B2B decision makers\nSocial 18–34");
        _setValue(dialog.start, LocalDate.of(2026, 12, 1));
        _setValue(dialog.end, LocalDate.of(2026, 12, 31));
        _setValue(dialog.budget, new BigDecimal("5000"));
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(_getFormattedRow(view.grid, 0)).contains("Autumn push", "Northwind Cloud", "Planning",
                "Marco Manning");
        var saved = campaignService.list(PageRequest.of(0, 10)).getContent().getFirst();
        assertThat(saved.audiences()).containsExactly("B2B decision makers", "Social 18–34");
        assertThat(saved.budget().amount()).isEqualByComparingTo("5000");
    }

    @Test
    void the_form_shows_each_problem_at_its_field_and_saves_nothing() {
        var view = openListAs(DemoLogins.MANAGER);
        _click(view.create);
        var dialog = _get(CampaignDialog.class);

        _setValue(dialog.name, "x".repeat(10_000));
        _setValue(dialog.start, LocalDate.of(2026, 12, 10));
        _setValue(dialog.end, LocalDate.of(2026, 12, 9));
        _setValue(dialog.budget, new BigDecimal("-1"));
        _setValue(dialog.baselineCost, new BigDecimal("-20000"));
        _setValue(dialog.baselineLeadTime, -3);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        _expectInvalid(dialog.name, CampaignRules.tooLong(160));
        _expectInvalid(dialog.brand, CampaignRules.BRAND_REQUIRED);
        _expectInvalid(dialog.end, CampaignRules.END_BEFORE_START);
        _expectInvalid(dialog.budget, CampaignRules.NEGATIVE_BUDGET);
        _expectInvalid(dialog.baselineCost, CampaignRules.NEGATIVE_BASELINE);
        _expectInvalid(dialog.baselineLeadTime, CampaignRules.NEGATIVE_LEAD_TIME);
        assertThat(dialog.name.getValue()).hasSize(10_000);
        assertThat(campaignService.list(PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void a_manager_edits_and_archives_a_campaign_and_finds_it_under_the_archived_filter() {
        signIn.as(DemoLogins.MANAGER);
        campaigns.newBoard("Winter teaser");
        var view = openListAs(DemoLogins.MANAGER);
        assertThat(_getFormattedRow(view.grid, 1)).contains("Winter teaser");

        _click(button(view, 1, "Edit"));
        var dialog = _get(CampaignDialog.class);
        assertThat(dialog.name.getValue()).isEqualTo("Winter teaser");
        _setValue(dialog.name, "Winter teaser II");
        _setValue(dialog.status, CampaignStatus.ACTIVE);
        _click(dialog.save);
        assertThat(_getFormattedRow(view.grid, 1)).contains("Winter teaser II", "Active");

        _click(button(view, 1, "Archive"));
        confirm();

        assertThat(_size(view.grid)).isEqualTo(1);
        _setValue(view.status, CampaignStatus.ARCHIVED.label());
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0)).contains("Winter teaser II", "Archived");
        assertThat(button(view, 0, "Edit").isEnabled()).isFalse();
    }

    @Test
    void a_manager_deletes_an_empty_campaign_but_is_told_to_archive_one_with_cards() {
        signIn.as(DemoLogins.MANAGER);
        campaigns.newBoard("Empty idea");
        var view = openListAs(DemoLogins.MANAGER);

        _click(button(view, 0, "Delete"));
        confirm();
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0)).contains("Spring Launch: Northwind Analytics 3.0");

        _click(button(view, 0, "Delete"));
        confirm();
        NotificationsKt.expectNotifications(
                "“Spring Launch: Northwind Analytics 3.0” has cards on its board. Archive it instead.");
        assertThat(_size(view.grid)).isEqualTo(1);
    }

    @Test
    void the_search_finds_campaigns_by_name_or_brand() {
        signIn.as(DemoLogins.MANAGER);
        campaigns.newBoard("Winter teaser");
        var view = openListAs(DemoLogins.CREATOR);

        _setValue(view.search, "teaser");
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0)).contains("Winter teaser");
        _setValue(view.search, "northwind");
        assertThat(_size(view.grid)).isEqualTo(2);
    }

    @Test
    void creators_and_reviewers_see_the_list_but_no_way_to_change_campaigns() {
        for (var login : new DemoLogins[] {DemoLogins.CREATOR, DemoLogins.REVIEWER}) {
            var view = openListAs(login);
            assertThat(view.create.isVisible()).isFalse();
            assertThat(view.grid.getColumnByKey("actions")).isNull();
            assertThat(_getFormattedRow(view.grid, 0)).contains("Spring Launch: Northwind Analytics 3.0");
        }
    }

    private CampaignsView openListAs(DemoLogins login) {
        signIn(login);
        reload();
        UI.getCurrent().navigate("");
        return _get(CampaignsView.class);
    }

    private static void confirm() {
        var dialog = _find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).findFirst().orElseThrow();
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));
        dialog.close();
    }

    private static Button button(CampaignsView view, int row, String text) {
        return _get(_getCellComponent(view.grid, row, "actions"), Button.class, spec -> spec.withText(text));
    }
}
