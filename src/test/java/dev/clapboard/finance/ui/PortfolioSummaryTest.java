package dev.clapboard.finance.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignDraft;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignStatus;
import dev.clapboard.finance.CostLedger;
import dev.clapboard.finance.ManualCost;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The portfolio dashboard of a fixture: two campaigns run in 2031, one in 2032. Requests, approvals and A/B
 * results are written straight into the tables with the timestamps the figures need; spend is booked through
 * the ledger. Hand-computed: spend 300 + 200 = 500.00 against baselines 20 000 + 10 000 = 30 000.00, saving
 * 29 500.00 (98.33 %); days to first approval 4 (2–5 March) and 10 (1–10 April), average 7.00; approved videos
 * 1 + 2 = 3; cinematic converts 34 of 300 clicks (11.33 %), animated 15 of 300 (5.00 %).
 */
@DirtiesContext
class PortfolioSummaryTest extends KaribuTest {

    @Autowired
    CampaignService campaigns;
    @Autowired
    CostLedger ledger;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_portfolio_of_a_period_shows_hand_computed_totals_days_to_approval_and_best_styles() {
        var manager = (ClapboardUser) signIn(DemoLogins.MANAGER).getPrincipal();
        var march = campaign("Portfolio March", LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 31), 20_000);
        var april = campaign("Portfolio April", LocalDate.of(2031, 4, 1), LocalDate.of(2031, 4, 30), 10_000);
        var later = campaign("Portfolio 2032", LocalDate.of(2032, 1, 1), LocalDate.of(2032, 1, 31), 5_000);
        ledger.record(new ManualCost(march, "Staff hours", "", Money.euros(300), BigDecimal.ONE));
        ledger.record(new ManualCost(april, "Stock music", "", Money.euros(200), BigDecimal.ONE));
        ledger.record(new ManualCost(later, "Staff hours", "", Money.euros(999), BigDecimal.ONE));
        var workspace = manager.workspaceId();
        var me = manager.accountId();
        requested(workspace, march, 8_100_001, "2031-03-02T09:00:00Z", me);
        approved(workspace, march, 8_100_001, "2031-03-05T15:00:00Z", me);
        requested(workspace, april, 8_100_002, "2031-04-01T10:00:00Z", me);
        requested(workspace, april, 8_100_003, "2031-04-02T10:00:00Z", me);
        approved(workspace, april, 8_100_002, "2031-04-10T10:00:00Z", me);
        approved(workspace, april, 8_100_003, "2031-04-12T10:00:00Z", me);
        requested(workspace, later, 8_100_004, "2032-01-02T10:00:00Z", me);
        approved(workspace, later, 8_100_004, "2032-01-03T10:00:00Z", me);
        abResult(workspace, march, 8_100_001, "cinematic", 10_000, 200, 20);
        abResult(workspace, march, 8_100_001, "cinematic", 5_000, 100, 14);
        abResult(workspace, april, 8_100_002, "animated", 10_000, 300, 15);
        abResult(workspace, later, 8_100_004, "photorealistic", 1_000, 100, 90);

        UI.getCurrent().navigate("reports");
        var portfolio = _get(ReportsView.class).portfolio;
        _setValue(portfolio.from, LocalDate.of(2031, 1, 1));
        _setValue(portfolio.to, LocalDate.of(2031, 12, 31));

        assertThat(tiles(portfolio)).containsExactly(
                "Portfolio spend|€500.00|2 campaigns",
                "Saved against traditional shoots|€29,500.00|98.33 % of €30,000.00",
                "Approved videos|3|across these campaigns",
                "Days to the first approval|7.00|on average, from the first request");
        assertThat(_size(portfolio.styles)).isEqualTo(2);
        assertThat(_getFormattedRow(portfolio.styles, 0)).startsWith("cinematic").contains("34", "300");
        assertThat(_getFormattedRow(portfolio.styles, 0).get(1)).startsWith("11.33 %");
        assertThat(_getFormattedRow(portfolio.styles, 1)).startsWith("animated").contains("15", "300");
        assertThat(_getFormattedRow(portfolio.styles, 1).get(1)).startsWith("5.00 %");

        _setValue(portfolio.from, LocalDate.of(2031, 4, 15));
        assertThat(tiles(portfolio)).first().isEqualTo("Portfolio spend|€200.00|1 campaign");
        assertThat(tiles(portfolio).get(3)).isEqualTo("Days to the first approval|10.00|on average, from the first request");
    }

    private static List<String> tiles(PortfolioSummary portfolio) {
        return portfolio.totals.getChildren().map(tile -> String.join("|", tile.getChildren()
                .map(span -> span.getElement().getText()).toList())).toList();
    }

    private long campaign(String name, LocalDate start, LocalDate end, int baseline) {
        return campaigns.create(new CampaignDraft(name, "Northwind Analytics", null, List.of(), start, end,
                Money.euros(1_000), Money.euros(baseline), 15, 5, CampaignStatus.ACTIVE)).id();
    }

    private void requested(long workspace, long campaign, long generation, String at, long member) {
        jdbc.update("insert into ledger_entry (workspace_id, campaign_id, generation_id, kind, provider_id, model,"
                + " member_id, seconds, provider_amount, provider_currency, amount_eur, exchange_rate, booked_at,"
                + " booked_day, booked_week, booked_by) values (?, ?, ?, 'RESERVATION', 'local', 'storyboard-1', ?, 4,"
                + " 0, 'EUR', 0, 1, ?, ?, ?, ?)", workspace, campaign, generation, member,
                Timestamp.from(Instant.parse(at)), java.sql.Date.valueOf(LocalDate.parse(at.substring(0, 10))),
                java.sql.Date.valueOf(LocalDate.parse(at.substring(0, 10))), member);
    }

    private void approved(long workspace, long campaign, long generation, String at, long manager) {
        jdbc.update("insert into review_item (generation_id, workspace_id, campaign_id, ready_at) values (?, ?, ?, ?)",
                generation, workspace, campaign, Timestamp.from(Instant.parse(at)));
        jdbc.update("insert into review_decision (workspace_id, generation_id, reviewer_account_id, reviewer_name,"
                + " reviewer_role, verdict, decided_at) values (?, ?, ?, 'Manager', 'MANAGER', 'APPROVE', ?)",
                workspace, generation, manager, Timestamp.from(Instant.parse(at)));
    }

    private void abResult(long workspace, long campaign, long generation, String style, long impressions, long clicks,
            long conversions) {
        jdbc.update("insert into ab_result (workspace_id, campaign_id, generation_id, style, channel, period_start,"
                + " period_end, impressions, clicks, conversions, imported_at) values (?, ?, ?, ?, 'LinkedIn',"
                + " date '2031-05-01', date '2031-05-14', ?, ?, ?, current_timestamp)", workspace, campaign, generation,
                style, impressions, clicks, conversions);
    }
}
