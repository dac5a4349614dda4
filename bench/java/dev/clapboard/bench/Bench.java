package dev.clapboard.bench;

import dev.clapboard.Application;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.EmbeddedPostgresDatabase;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the UI benchmarks share: the app on a fresh embedded PostgreSQL, sign-in, heap, percentiles, the machine. */
public final class Bench {

    private Bench() {
    }

    /** The whole app with its demo data on a new database of the embedded PostgreSQL 17, quiet logs. */
    public static ConfigurableApplicationContext startOnPostgres() throws Exception {
        var app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("demo", "test");
        return app.run("--spring.datasource.url=" + EmbeddedPostgresDatabase.newDatabaseUrl(),
                "--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
                "--logging.level.root=warn", "--logging.level.dev.clapboard=warn");
    }

    /** Signs in through the app's real authentication manager and makes the member current on this thread. */
    public static Authentication signIn(ConfigurableApplicationContext context, DemoLogins login) {
        var authentication = context.getBean(AuthenticationManager.class).authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(login.email, login.password));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    /** A copy of a sign-in, as each browser session holds its own (the password check is done once). */
    public static Authentication copy(Authentication authentication) {
        return UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null,
                authentication.getAuthorities());
    }

    public static ClapboardUser member(Authentication authentication) {
        return (ClapboardUser) authentication.getPrincipal();
    }

    public static JdbcTemplate jdbc(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class);
    }

    /**
     * Adds {@code count} cards to a campaign's board the way a busy team fills it: titles, a two-sentence brief,
     * audience, style, duration, labels, an assignee and a due date on most, three in ten in the first lane and
     * fewer towards the last. Bulk SQL (PostgreSQL), then analyse.
     */
    public static void loadCards(JdbcTemplate jdbc, long workspaceId, long campaignId, long assigneeId, int count) {
        var lanes = jdbc.queryForList("select id from board_lane where campaign_id = ? order by sort_order", Long.class,
                campaignId);
        var lane = "(array[" + String.join(",", lanes.stream().map(String::valueOf).toList()) + "]::bigint[])[1 + "
                + "case when g % 10 < 3 then 0 when g % 10 < 5 then 1 when g % 10 < 7 then 2 when g % 10 < 8 then 3"
                + " when g % 10 < 9 then 4 else " + (lanes.size() - 1) + " end]";
        jdbc.update("""
                insert into card (workspace_id, campaign_id, lane_id, sort_key, title, brief, target_audience, style,
                    aspect_ratio, duration_seconds, assignee_account_id, due_date, labels, created_at, updated_at,
                    updated_by_name)
                select ?, ?, %s, 1000000 + g * 1024,
                    (array['Monday morning, solved', 'The dashboard that reads itself', 'Thirty seconds of coffee',
                           'Trade fair teaser', 'Month-end without tears', 'A report in one tap'])[1 + g %% 6]
                        || ' #' || g,
                    'A short concept for finance leads: one idea, one feeling, one call to action. Shot '
                        || g || ' opens on a desk at 7:58 and ends on the new dashboard, calm and done.',
                    (array['Managing directors', 'Finance leads', 'Social 25–44'])[1 + g %% 3],
                    (array['Cinematic', 'Documentary', 'Animated', 'Product close-up'])[1 + g %% 4],
                    (array['WIDE', 'VERTICAL', 'SQUARE'])[1 + g %% 3], 6 + g %% 25,
                    case when g %% 4 = 0 then null else ? end,
                    case when g %% 3 = 0 then null else date '2026-12-01' + g %% 40 end,
                    (array['social', 'social,q2', 'trade-fair,hero', 'a/b,social', ''])[1 + g %% 5],
                    now(), now(), 'Benchmark'
                from generate_series(1, ?) g""".formatted(lane), workspaceId, campaignId, assigneeId, count);
        jdbc.execute("analyze card");
    }

    /** Heap in use after full collections (System.gc() is a full, stop-the-world collection on G1). */
    public static long heapAfterFullGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** The {@code p}th percentile (0–100) of milliseconds, nearest rank. */
    public static double percentile(double[] millis, double p) {
        var sorted = millis.clone();
        Arrays.sort(sorted);
        var rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** Date, host, cores, max heap and load average, for the summary line. */
    public static String machine() {
        String load;
        try {
            load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            load = String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown host";
        }
        return String.format("%s · %s · %d cores · heap max %d MB · load %s", LocalDateTime.now().withNano(0), host,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, load);
    }
}
