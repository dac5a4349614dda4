package dev.clapboard.generation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static dev.clapboard.bench.Bench.heapAfterFullGc;
import static dev.clapboard.bench.Bench.millisSince;
import static dev.clapboard.bench.Bench.percentile;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dev.clapboard.bench.Bench;
import dev.clapboard.bench.BrowserlessSessions;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.Campaigns;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.support.DemoLogins;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;

/**
 * The generations grid on a campaign of a million generations (embedded PostgreSQL 17): the page at row 900,000
 * against the first page, through the grid's own data provider, in one run. "Scrolled" is the keyset read a user
 * gets scrolling or paging on from a page the grid has shown; "jumped" is a scrollbar drag far from any page shown,
 * an offset read on the index (deferred join). Then the heap of sessions holding that grid (first page, then the
 * page at 90 %) against sessions holding the grid of a 10,000-row campaign. Targets (issue 11): page at 900k
 * at most 2× the first page, session heap at 1M rows at most 1.1× that at 10k rows.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:java -Dexec.mainClass=dev.clapboard.generation.ui.GenerationsGridBenchmark}
 * (arguments: rows, default 1000000; sessions for the heap comparison, default 100).
 */
public final class GenerationsGridBenchmark {

    private static final int PAGE = 50;
    private static final int SAMPLES = 25;
    private static final int WARM_UP = 5;

    private GenerationsGridBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        var sessionCount = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        var small = rows / 100;
        var deep = rows / 10 * 9;
        var context = Bench.startOnPostgres();
        try {
            var authentication = Bench.signIn(context, DemoLogins.MANAGER);
            var manager = Bench.member(authentication);
            var campaigns = context.getBean(CampaignService.class);
            var bigId = campaigns.create(Campaigns.draft("Generations " + rows)).id();
            var smallId = campaigns.create(Campaigns.draft("Generations " + small)).id();
            var jdbc = Bench.jdbc(context);
            var loadStart = System.nanoTime();
            load(jdbc, manager.workspaceId(), bigId, manager.accountId(), rows);
            load(jdbc, manager.workspaceId(), smallId, manager.accountId(), small);
            jdbc.execute("vacuum analyze generation");
            System.out.printf("loaded %,d + %,d generations in %.1f s%n", rows, small, millisSince(loadStart) / 1000);

            var sessions = new BrowserlessSessions(context);
            var ui = sessions.open(authentication);
            var view = open(ui, bigId);
            var first = new double[SAMPLES];
            var jumped = new double[SAMPLES];
            var scrolled = new double[SAMPLES];
            var counted = new double[SAMPLES];
            var generations = context.getBean(GenerationService.class);
            GenerationPages.Path jumpPath = null;
            GenerationPages.Path scrollPath = null;
            for (int i = -WARM_UP; i < SAMPLES; i++) {
                var firstMillis = time(() -> _fetch(view.grid, 0, PAGE));
                view.pages.forget();
                var jumpMillis = time(() -> _fetch(view.grid, deep, PAGE));
                jumpPath = view.pages.lastPath;
                var scrollMillis = time(() -> _fetch(view.grid, deep + PAGE, PAGE));
                scrollPath = view.pages.lastPath;
                var countMillis = time(() -> generations.count(bigId, Set.of()));
                if (i >= 0) {
                    first[i] = firstMillis;
                    jumped[i] = jumpMillis;
                    scrolled[i] = scrollMillis;
                    counted[i] = countMillis;
                }
            }
            var rowAtDeep = _fetch(view.grid, deep, 1).getFirst().generation().promptText();
            sessions.release();

            // session heap: the grid at its first page and then at 90 %, on the big and on the small campaign
            sessions.closeAll();
            // warm-up of both (caches, query plans, JIT), then back to an empty server
            fill(sessions, authentication, 10, smallId, small / 10 * 9);
            fill(sessions, authentication, 10, bigId, deep);
            sessions.closeAll();
            // small, big, small again: the first measured fill can carry one-time growth, so the small grid is
            // measured on both sides of the big one and the lower of the two taken
            var smallKbs = new double[2];
            var bigKb = 0.0;
            for (int round = 0; round < 3; round++) {
                var base = heapAfterFullGc();
                fill(sessions, authentication, sessionCount, round == 1 ? bigId : smallId,
                        round == 1 ? deep : small / 10 * 9);
                var kb = (heapAfterFullGc() - base) / 1024.0 / sessionCount;
                sessions.closeAll();
                System.out.printf("round %d: %s grid %.1f KB/session%n", round, round == 1 ? "big" : "small", kb);
                if (round == 1) {
                    bigKb = kb;
                } else {
                    smallKbs[round / 2] = kb;
                }
            }
            var smallKb = Math.min(smallKbs[0], smallKbs[1]);

            System.out.printf("row %,d is \"%s\"; medians: first page %.1f ms, scrolled %.1f ms (%s), jumped %.1f ms"
                    + " (%s), count %.1f ms; p95: first %.1f ms, scrolled %.1f ms, jumped %.1f ms%n", deep, rowAtDeep,
                    percentile(first, 50), percentile(scrolled, 50), scrollPath, percentile(jumped, 50), jumpPath,
                    percentile(counted, 50), percentile(first, 95), percentile(scrolled, 95), percentile(jumped, 95));
            System.out.printf("GenerationsGridBenchmark · %s · %,d rows: page at %,d scrolled (keyset) %.1f ms, jumped"
                    + " (offset on index) %.1f ms, first page %.1f ms, count %.1f ms; ratio scrolled %.2f, jumped %.2f;"
                    + " session heap %.1f KB at %,d rows vs %.1f KB at %,d rows, ratio %.2f (targets ≤ 2×, ≤ 1.1×)%n",
                    Bench.machine(), rows, deep, percentile(scrolled, 50), percentile(jumped, 50), percentile(first, 50),
                    percentile(counted, 50), percentile(scrolled, 50) / percentile(first, 50),
                    percentile(jumped, 50) / percentile(first, 50), bigKb, rows, smallKb, small, bigKb / smallKb);
        } finally {
            context.close();
        }
        System.exit(0);
    }

    private static GenerationsView open(UI ui, long campaignId) {
        ui.navigate("generations", QueryParameters.simple(Map.of("campaign", String.valueOf(campaignId))));
        return (GenerationsView) ui.getInternals().getActiveRouterTargetsChain().getFirst();
    }

    /** Sessions that open the grid, get its first page, then drag to row {@code deep} (two requests each). */
    private static void fill(BrowserlessSessions sessions, Authentication authentication, int n, long campaignId,
            int deep) throws Exception {
        for (int i = 0; i < n; i++) {
            var ui = sessions.open(Bench.copy(authentication));
            var view = open(ui, campaignId);
            view.grid.getDataCommunicator().setRequestedRange(0, PAGE);
            BrowserlessSessions.respond(ui);
            view.grid.getDataCommunicator().setRequestedRange(deep, PAGE);
            BrowserlessSessions.respond(ui);
            sessions.release();
        }
    }

    private static double time(Supplier<?> work) {
        var start = System.nanoTime();
        work.get();
        return millisSince(start);
    }

    /** Bulk-loads generations with generate_series: one a second, newest last; nine in ten succeeded. */
    private static void load(JdbcTemplate jdbc, long workspaceId, long campaignId, long accountId, int rows) {
        jdbc.update("""
                insert into generation (workspace_id, campaign_id, batch_id, variant_index, prompt_text, provider_id,
                    model, width, height, duration_seconds, style, seed, status, estimate_amount, estimate_currency,
                    requested_by, requested_at, finished_at)
                select ?, ?, 'b' || ? || '-' || (g / 4), 1 + g % 4,
                    'Shot ' || g || ': a managing director closes the laptop at 9:05, the dashboard did the rest',
                    'local', 'storyboard-1', 1280, 720, 8, 'cinematic', g,
                    case when g % 10 = 0 then 'FAILED' when g % 50 = 1 then 'CANCELLED' else 'SUCCEEDED' end,
                    0, 'EUR', ?, timestamp with time zone '2025-01-01 00:00:00+00' + g * interval '1 second',
                    timestamp with time zone '2025-01-01 00:01:00+00' + g * interval '1 second'
                from generate_series(1, ?) g""", workspaceId, campaignId, campaignId, accountId, rows);
    }
}
