package dev.clapboard.finance;

import dev.clapboard.Application;
import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignDraft;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignStatus;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.support.EmbeddedPostgresDatabase;
import java.net.InetAddress;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How the ROI reports scale: about 1M ledger rows (560,000 generations: each reserved, three in five charged,
 * one in five released, one in five still open) in 20 campaigns on embedded PostgreSQL, half of them in one
 * campaign. Times that campaign's report, the portfolio report over all 20, and a bare {@code count(*)} over
 * the same table (median of 7 runs after 2 warm-ups each), and prints one summary line with their ratios.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:java -Dexec.mainClass=dev.clapboard.finance.ReportBenchmark}
 * (argument: number of generations, default 560000).
 */
public final class ReportBenchmark {

    private static final int CAMPAIGNS = 20;
    private static final int RUNS = 7;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var generations = args.length > 0 ? Integer.parseInt(args[0]) : 560_000;
        var database = "clapboard_bench_" + System.currentTimeMillis();
        try (var connection = EmbeddedPostgresDatabase.server().getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        var app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("demo", "test");
        var context = app.run("--spring.datasource.url=" + EmbeddedPostgresDatabase.server().getJdbcUrl("postgres", database),
                "--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
                "--logging.level.root=warn", "--logging.level.dev.clapboard=warn");
        try {
            var authentication = context.getBean(AuthenticationManager.class).authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated("manager@northwind.example", "northwind-manager"));
            SecurityContextHolder.getContext().setAuthentication(authentication);
            var manager = (ClapboardUser) authentication.getPrincipal();
            var campaigns = context.getBean(CampaignService.class);
            var ids = new ArrayList<Long>();
            for (int i = 1; i <= CAMPAIGNS; i++) {
                ids.add(campaigns.create(new CampaignDraft("Benchmark " + i, "Northwind Analytics", null, List.of(),
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Money.euros(1_000_000),
                        Money.euros(20_000), 15, 5, CampaignStatus.ACTIVE)).id());
            }
            var jdbc = context.getBean(JdbcTemplate.class);
            var loadStart = System.nanoTime();
            var rows = load(jdbc, manager.workspaceId(), manager.accountId(), ids, generations);
            var loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            var roi = context.getBean(RoiService.class);
            var big = ids.getFirst();

            var campaignMillis = median(() -> roi.report(big));
            var portfolioMillis = median(roi::portfolio);
            var countMillis = median(() -> jdbc.queryForObject("select count(*) from ledger_entry", Long.class));

            System.out.printf("loaded %,d ledger rows (%,d in the timed campaign) in %.1f s%n", rows,
                    jdbc.queryForObject("select count(*) from ledger_entry where campaign_id = ?", Long.class, big),
                    loadSeconds);
            System.out.printf("%s · %s · %d cores · %,d ledger rows: campaign report %.1f ms, portfolio report "
                    + "(%d campaigns) %.1f ms, count(*) %.1f ms; ratio to count(*): campaign %.2f, portfolio %.2f%n",
                    LocalDateTime.now().withNano(0), InetAddress.getLocalHost().getHostName(),
                    Runtime.getRuntime().availableProcessors(), rows, campaignMillis, CAMPAIGNS, portfolioMillis,
                    countMillis, campaignMillis / countMillis, portfolioMillis / countMillis);
        } finally {
            SecurityContextHolder.clearContext();
            context.close();
        }
        System.exit(0);
    }

    /**
     * Bulk-loads the ledger with generate_series (the booking path would take hours for a million rows), then
     * rebuilds the daily rollup exactly as its migration does, and analyses the tables.
     */
    private static long load(JdbcTemplate jdbc, long workspaceId, long memberId, List<Long> campaignIds,
            int generations) {
        var campaigns = "array[" + String.join(",", campaignIds.stream().map(String::valueOf).toList()) + "]::bigint[]";
        // half of the generations go to the first campaign, the rest round the others
        var campaign = "case when g % 2 = 0 then " + campaignIds.getFirst() + " else (" + campaigns
                + ")[2 + (g / 2) % " + (campaignIds.size() - 1) + "] end";
        var bookedAt = "(timestamp with time zone '2026-01-01 09:00:00+00' + ((g % 365) || ' days')::interval"
                + " + ((g % 600) || ' minutes')::interval)";
        var insert = "insert into ledger_entry (workspace_id, campaign_id, generation_id, kind, provider_id, model,"
                + " member_id, seconds, provider_amount, provider_currency, amount_eur, exchange_rate, booked_at,"
                + " booked_day, booked_week, booked_by) select " + workspaceId + ", " + campaign + ", g, '{kind}',"
                + " (array['gateway','veo','local'])[1 + g % 3], (array['sora-2','sora-2-pro','veo-3'])[1 + g % 3], "
                + memberId + ", 4 + g % 12, (g % 400) / 100.0 + 0.5, 'USD', round(((g % 400) / 100.0 + 0.5) * 0.92, 2),"
                + " 0.92, " + bookedAt + ", cast(" + bookedAt + " as date), cast(date_trunc('week', " + bookedAt
                + ") as date), " + memberId + " from generate_series(1, " + generations + ") g";
        jdbc.execute(insert.replace("{kind}", "RESERVATION"));
        jdbc.execute(insert.replace("{kind}", "ACTUAL") + " where g % 5 in (0, 1, 2)");
        jdbc.execute(insert.replace("{kind}", "RELEASE") + " where g % 5 = 3");
        jdbc.execute("delete from ledger_daily");
        jdbc.execute("""
                insert into ledger_daily (workspace_id, campaign_id, booked_day, booked_week, spend_eur, entries, seconds)
                select e.workspace_id, e.campaign_id, e.booked_day, min(e.booked_week), sum(e.amount_eur), count(*),
                       sum(e.seconds)
                from ledger_entry e
                where e.kind in ('ACTUAL', 'MANUAL')
                   or (e.kind = 'RESERVATION' and not exists (select 1 from ledger_entry x
                        where x.generation_id = e.generation_id and x.kind in ('ACTUAL', 'RELEASE')))
                group by e.workspace_id, e.campaign_id, e.booked_day""");
        jdbc.execute("analyze");
        return jdbc.queryForObject("select count(*) from ledger_entry", Long.class);
    }

    /** Median wall time in milliseconds of {@link #RUNS} runs after two warm-ups. */
    private static double median(Supplier<?> work) {
        work.get();
        work.get();
        var millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            var start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }
}
