package dev.clapboard.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignDraft;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignStatus;
import dev.clapboard.finance.domain.LedgerDailyRepository;
import dev.clapboard.finance.domain.LedgerEntryRepository;
import dev.clapboard.generation.GenerationCost;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import dev.clapboard.workspace.WorkspaceSettingsService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily rollup gives the same spend by week as the ledger's rows: random generations over five weeks,
 * reserved one day and charged, released or left open days later (sometimes delivered out of order), with
 * manual costs in between.
 */
@ClapboardTest
class LedgerRollupTest {

    @Autowired
    LedgerEntryRepository entries;
    @Autowired
    LedgerDailyRepository daily;
    @Autowired
    WorkspaceSettingsService settings;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    CampaignBudgetLock lock;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    CampaignService campaigns;
    @Autowired
    RoiService roi;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void spend_by_week_from_the_rollup_equals_spend_by_week_from_the_ledger() {
        var manager = (ClapboardUser) signIn.as(DemoLogins.MANAGER).getPrincipal();
        var campaignId = campaigns.create(new CampaignDraft("Rollup", "Northwind Analytics", null, List.of(), null, null,
                Money.euros(0), Money.euros(20_000), 15, 5, CampaignStatus.ACTIVE)).id();
        var start = Instant.parse("2026-09-07T10:00:00Z");
        var random = new Random(20261125);
        var rate = new BigDecimal("0.920000");
        var steps = new ArrayList<Runnable>();
        for (int i = 0; i < 400; i++) {
            var cents = 50 + random.nextInt(2_000);
            var usd = new Money(BigDecimal.valueOf(cents, 2), "USD");
            var cost = new GenerationCost(5_000_000L + i, "gateway", "sora-2", 4 + random.nextInt(12), usd,
                    new Money(usd.amount().multiply(rate).setScale(2, java.math.RoundingMode.HALF_EVEN), Money.EUR),
                    rate);
            var day = random.nextInt(35);
            var closeDay = day + random.nextInt(6);
            var reserve = on(start, day, b -> b.reserve(campaignId, manager.accountId(), cost));
            var close = switch (random.nextInt(4)) {
                case 0 -> on(start, closeDay, b -> b.charge(campaignId, manager.accountId(), cost));
                case 1 -> on(start, closeDay, b -> b.release(campaignId, manager.accountId(), cost));
                case 2 -> on(start, closeDay, b -> b.charge(campaignId, manager.accountId(), cost));
                default -> null;
            };
            if (close != null && random.nextInt(10) == 0) {
                steps.add(close); // delivered before its reservation
                steps.add(reserve);
            } else {
                steps.add(reserve);
                if (close != null) {
                    steps.add(close);
                }
            }
            if (i % 40 == 0) {
                steps.add(on(start, day, b -> b.book(new dev.clapboard.finance.domain.LedgerEntry.Line(campaignId, null,
                        LedgerKind.MANUAL, "Staff hours", "", null, null, null, 0, BigDecimal.valueOf(cents, 2), "EUR",
                        BigDecimal.valueOf(cents, 2), BigDecimal.ONE))));
            }
        }
        steps.forEach(Runnable::run);

        var fromLedger = weeks(entries.spendByWeek(campaignId));
        var fromRollup = weeks(daily.spendByWeek(campaignId));
        assertThat(fromLedger).hasSizeGreaterThanOrEqualTo(5);
        assertThat(fromRollup).isEqualTo(fromLedger);
        assertThat(roi.report(campaignId).byWeek()).extracting(s -> s.label() + " " + s.euros().amount().toPlainString()
                + " " + s.generations() + " " + s.seconds()).isEqualTo(fromLedger);
    }

    /** One booking made on the given day after {@code start}, in its own transaction. */
    private Runnable on(Instant start, int day, java.util.function.Consumer<LedgerBookings> booking) {
        var clock = Clock.fixed(start.plus(day, ChronoUnit.DAYS), ZoneOffset.UTC);
        var bookings = new LedgerBookings(entries, settings, currentUser, clock, lock, daily);
        return () -> transactions.executeWithoutResult(status -> booking.accept(bookings));
    }

    private static List<String> weeks(List<Object[]> rows) {
        return rows.stream().map(r -> r[0] + " " + ((BigDecimal) r[1]).setScale(2).toPlainString() + " "
                + ((Number) r[2]).longValue() + " " + ((Number) r[3]).longValue()).toList();
    }
}
