package dev.clapboard.campaign.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static dev.clapboard.bench.Bench.millisSince;
import static dev.clapboard.bench.Bench.percentile;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import dev.clapboard.bench.Bench;
import dev.clapboard.bench.BrowserlessSessions;
import dev.clapboard.bench.EmptyView;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.Campaigns;
import dev.clapboard.campaign.CardMove;
import dev.clapboard.support.DemoLogins;

/**
 * Server round trips on a board of {@value #CARDS} cards: opening it (a page load: new UI, shell, board, every
 * lane's first page, the response written) and moving a card to the next lane and back (the card's → / ←
 * buttons: the move, the board's own refresh, the response), p95 against opening an empty view in the same shell,
 * interleaved in one run. Targets (issue 11): p95 below 100 ms and at most five times the empty view's.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:java -Dexec.mainClass=dev.clapboard.campaign.ui.BoardRoundTripBenchmark}
 * (argument: samples of each, default 200).
 */
public final class BoardRoundTripBenchmark {

    private static final int CARDS = 500;
    private static final int FIRST_PAGE = 50;
    private static final int WARM_UP = 40;

    private BoardRoundTripBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var samples = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        var context = Bench.startOnPostgres();
        try {
            var authentication = Bench.signIn(context, DemoLogins.MANAGER);
            var manager = Bench.member(authentication);
            var campaignId = context.getBean(CampaignService.class).create(Campaigns.draft("Board of 500")).id();
            Bench.loadCards(Bench.jdbc(context), manager.workspaceId(), campaignId, manager.accountId(), CARDS);
            var sessions = new BrowserlessSessions(context);
            sessions.open(authentication);

            var empty = new double[samples];
            var open = new double[samples];
            var move = new double[samples * 2];
            var chars = 0;
            for (int i = -WARM_UP; i < samples; i++) {
                var emptyMillis = openEmpty();
                var start = System.nanoTime();
                var board = openBoard(campaignId);
                chars = BrowserlessSessions.respond(UI.getCurrent());
                var openMillis = millisSince(start);
                var card = _fetch(board.lanes.getFirst().grid, 0, 1).getFirst();
                var right = moveRoundTrip(board, card, CardMove.RIGHT);
                var left = moveRoundTrip(board, card, CardMove.LEFT);
                if (i >= 0) {
                    empty[i] = emptyMillis;
                    open[i] = openMillis;
                    move[2 * i] = right;
                    move[2 * i + 1] = left;
                }
            }
            var emptyP95 = percentile(empty, 95);
            var openP95 = percentile(open, 95);
            var moveP95 = percentile(move, 95);
            System.out.printf("medians: empty %.1f ms, open %.1f ms, move %.1f ms; board response %,d chars%n",
                    percentile(empty, 50), percentile(open, 50), percentile(move, 50), chars);
            System.out.printf("BoardRoundTripBenchmark · %s · %d cards, %d samples: p95 open %.1f ms, card move %.1f ms,"
                    + " empty view %.1f ms; ratio open %.2f, move %.2f (targets < 100 ms, ≤ 5×)%n", Bench.machine(),
                    CARDS, samples, openP95, moveP95, emptyP95, openP95 / emptyP95, moveP95 / emptyP95);
        } finally {
            context.close();
        }
        System.exit(0);
    }

    private static double openEmpty() {
        var start = System.nanoTime();
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(EmptyView.class);
        BrowserlessSessions.respond(UI.getCurrent());
        return millisSince(start);
    }

    /** A page load of the board, with the lane grids' first data request (which the browser sends at once). */
    private static BoardView openBoard(long campaignId) {
        UI.getCurrent().getPage().reload();
        var ui = UI.getCurrent();
        ui.navigate("campaigns/" + campaignId);
        var board = (BoardView) ui.getInternals().getActiveRouterTargetsChain().getFirst();
        board.lanes.forEach(lane -> lane.grid.getDataCommunicator().setRequestedRange(0, FIRST_PAGE));
        return board;
    }

    private static double moveRoundTrip(BoardView board, dev.clapboard.campaign.CardSummary card, CardMove move) {
        var start = System.nanoTime();
        board.move(card, move);
        MockVaadin.runUIQueue();
        BrowserlessSessions.respond(UI.getCurrent());
        return millisSince(start);
    }
}
