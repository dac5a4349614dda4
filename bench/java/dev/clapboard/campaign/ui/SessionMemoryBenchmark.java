package dev.clapboard.campaign.ui;

import static dev.clapboard.bench.Bench.heapAfterFullGc;

import com.vaadin.flow.component.UI;
import dev.clapboard.bench.Bench;
import dev.clapboard.bench.BrowserlessSessions;
import dev.clapboard.bench.EmptyView;
import dev.clapboard.campaign.Campaigns;
import dev.clapboard.support.DemoLogins;
import java.lang.management.ManagementFactory;
import java.util.List;
import javax.management.ObjectName;
import org.springframework.security.core.Authentication;

/**
 * Heap per signed-in session holding the demo campaign's board (with {@value #DEMO_CARDS} realistic cards added,
 * every lane grid showing its first page) vs the same number of sessions holding an empty view in the same shell,
 * measured side by side after full collections. The four demo members take turns, so each board shows up to
 * three others looking at it, as a small team would. Targets (issue 11): at most 150 KB per board session and
 * at most five times the empty view's.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:java -Dexec.mainClass=dev.clapboard.campaign.ui.SessionMemoryBenchmark}
 * (argument: number of sessions, default 500; {@code -Dexec.args="500 histogram"} also prints the classes that
 * grew most with the board sessions).
 */
public final class SessionMemoryBenchmark {

    private static final int DEMO_CARDS = 40;
    private static final int FIRST_PAGE = 50;

    private SessionMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        var histogram = args.length > 1 && args[1].equals("histogram");
        var context = Bench.startOnPostgres();
        try {
            var logins = List.of(DemoLogins.ADMIN, DemoLogins.MANAGER, DemoLogins.CREATOR, DemoLogins.REVIEWER).stream()
                    .map(login -> Bench.signIn(context, login)).toList();
            var manager = Bench.member(logins.get(1));
            Bench.signIn(context, DemoLogins.MANAGER);
            var campaignId = context.getBean(Campaigns.class).demoCampaignId();
            Bench.loadCards(Bench.jdbc(context), manager.workspaceId(), campaignId, manager.accountId(), DEMO_CARDS);
            var sessions = new BrowserlessSessions(context);

            // warm-up: class loading, caches and JIT, then back to an empty server
            fill(sessions, logins, 20, campaignId, false);
            fill(sessions, logins, 20, campaignId, true);
            sessions.closeAll();

            // empty, board, empty again: heap the server keeps after the first fill was seen to be let go during
            // the last (500 sessions: 182 KB, then -56 KB), so the empty view is the mean of both sides
            var emptyKb = 0.0;
            var boardKb = 0.0;
            var responseChars = 0;
            for (int round = 0; round < 3; round++) {
                var board = round == 1;
                var before = histogram && board ? classHistogram() : "";
                var base = heapAfterFullGc();
                var chars = fill(sessions, logins, n, campaignId, board);
                var kb = (heapAfterFullGc() - base) / 1024.0 / n;
                if (histogram && board) {
                    System.out.println("class histogram with the board sessions (top of jcmd GC.class_histogram):");
                    System.out.println(classHistogram().lines().limit(28).reduce("", (a, b) -> a + b + "\n"));
                    System.out.println("before them:");
                    System.out.println(before.lines().limit(28).reduce("", (a, b) -> a + b + "\n"));
                }
                if (sessions.sessions().size() != n) {
                    throw new IllegalStateException("sessions were dropped");
                }
                sessions.closeAll();
                System.out.printf("round %d: %s view %.1f KB/session%n", round, board ? "board" : "empty", kb);
                if (board) {
                    boardKb = kb;
                    responseChars = chars;
                } else {
                    emptyKb += kb / 2;
                }
            }
            System.out.printf("SessionMemoryBenchmark · %s · %d sessions: board view (%d cards, first response %,d"
                    + " chars) %.1f KB/session, empty view %.1f KB/session; ratio %.2f (targets ≤ 150 KB, ≤ 5×)%n",
                    Bench.machine(), n, DEMO_CARDS + 4, responseChars, boardKb, emptyKb, boardKb / emptyKb);
        } finally {
            context.close();
        }
        System.exit(0);
    }

    /** Opens {@code n} sessions, each loading the board (or the empty view); returns one board response's size. */
    private static int fill(BrowserlessSessions sessions, List<Authentication> logins, int n, long campaignId,
            boolean board) throws Exception {
        var chars = 0;
        for (int i = 0; i < n; i++) {
            var ui = sessions.open(Bench.copy(logins.get(i % logins.size())));
            if (board) {
                ui.navigate("campaigns/" + campaignId);
                // the browser's first data request: each lane grid asks for its first page
                ((BoardView) ui.getInternals().getActiveRouterTargetsChain().getFirst()).lanes
                        .forEach(lane -> lane.grid.getDataCommunicator().setRequestedRange(0, FIRST_PAGE));
            } else {
                ui.navigate(EmptyView.class);
            }
            chars = BrowserlessSessions.respond(ui);
            sessions.release();
        }
        // presence of each new viewer reaches the other boards on background threads; let it settle, then send it
        Thread.sleep(2_000);
        sessions.flushAll();
        return chars;
    }

    private static String classHistogram() throws Exception {
        heapAfterFullGc();
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {null}, new String[] {String[].class.getName()});
    }
}
