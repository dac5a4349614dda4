package dev.clapboard.load;

import static dev.clapboard.load.Vaadin.navigate;
import static dev.clapboard.load.Vaadin.uidl;
import static dev.clapboard.load.VaadinUi.list;
import static dev.clapboard.load.VaadinUi.tag;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Issue 11, benchmark 3: N members (default 200) working in the demo workspace at once, with think times of 2–5 s
 * after a navigation and 0.5–2 s between actions, in a mix by role: creators work the board (open a card),
 * prompts and the prompt editor, and the generations grid (filter, scroll, and the grid's 1.5 s progress poll while
 * the view is open); reviewers their queue, the review page and the grid; managers the ROI reports and the board;
 * admins members, audit trail and the board. Before them one creator queues a few videos on the local renderer
 * so the review pages and the grid have something to show.
 *
 * <p>Settings (system properties): {@code users} (200), {@code rampSeconds} (60), {@code minutes} of work per
 * user after the ramp (4), {@code baseUrl} (http://localhost:8080). Assertions: p95 of all requests below 250 ms
 * and no failed request.
 */
public class ClapboardSimulation extends Simulation {

    private static final int USERS = Integer.getInteger("users", 200);
    private static final int RAMP_SECONDS = Integer.getInteger("rampSeconds", 60);
    private static final Duration WORK = Duration.ofSeconds(Math.round(Double.parseDouble(
            System.getProperty("minutes", "4")) * 60));
    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
    /** The demo data on a fresh database: one campaign (id 1) with four cards (ids 1–4). */
    private static final long CAMPAIGN = 1;
    private static final int CARDS = 4;
    private static final int SEEDED_VIDEOS = 4;

    private static ChainBuilder thinkAfterNavigation() {
        return pause(Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    private static ChainBuilder thinkBetweenActions() {
        return pause(Duration.ofMillis(500), Duration.ofMillis(2000));
    }

    private static Iterator<Map<String, Object>> account(String email, String password) {
        return Stream.generate(() -> Map.<String, Object>of("email", email, "password", password)).iterator();
    }

    private static ChainBuilder start(String email, String password) {
        return feed(account(email, password)).exec(Vaadin.signIn()).exec(Vaadin.open(""));
    }

    private static int card() {
        return ThreadLocalRandom.current().nextInt(1, CARDS + 1);
    }

    private static int video() {
        return ThreadLocalRandom.current().nextInt(1, SEEDED_VIDEOS + 1);
    }

    // ---- actions ----

    /** Esc on a dialog: the overlay closes and tells the server with a "closed" event (the server owns "opened"). */
    private static com.fasterxml.jackson.databind.node.ObjectNode closeDialog(VaadinUi ui, int dialog) {
        return ui.domEvent(dialog, "closed", Map.of());
    }

    /** The board of the demo campaign, then a double click on a card of a lane, and the card dialog closed. */
    private static ChainBuilder board() {
        return navigate("campaigns/" + CAMPAIGN).exec(thinkAfterNavigation())
                .exec(uidl("open card", ui -> {
                    var lanes = ui.findAll(n -> n.tag.equals("vaadin-grid") && !n.rowKeys.isEmpty()
                            && n.listeners.containsKey("item-double-click"));
                    if (lanes.isEmpty()) {
                        throw new IllegalStateException("no lane with cards on the board");
                    }
                    var lane = lanes.get(ThreadLocalRandom.current().nextInt(lanes.size()));
                    var key = ui.node(lane).rowKeys.values().iterator().next();
                    return list(ui.domEvent(lane, "item-double-click", Map.of("event.detail.itemKey", key)));
                }))
                .exec(thinkBetweenActions())
                .exec(uidl("close card", ui -> list(closeDialog(ui, ui.require("card dialog", tag("vaadin-dialog"))))))
                .exec(thinkBetweenActions());
    }

    private static ChainBuilder prompts() {
        return navigate("prompts").exec(thinkAfterNavigation())
                .exec(uidl("navigate campaigns/:id/cards/:id/prompt", ui -> list(VaadinUi.navigate(
                        "campaigns/" + CAMPAIGN + "/cards/" + card() + "/prompt", ""))))
                .exec(thinkAfterNavigation());
    }

    /** The view polls every 1.5 s while it is open (progress of running generations): so does the user here. */
    private static ChainBuilder poll() {
        return pause(Duration.ofMillis(1500)).exec(uidl("poll generations",
                ui -> list(VaadinUi.event(1, "ui-poll", JsonNodeFactory.instance.objectNode()))));
    }

    private static ChainBuilder generations() {
        return navigate("generations").exec(poll()).exec(poll()).exec(pause(Duration.ZERO, Duration.ofSeconds(2)))
                .exec(uidl("filter generations by status", ui -> {
                    var select = ui.require("status filter", tag("vaadin-select"));
                    var values = new ArrayList<String>();
                    ui.findAll(tag("vaadin-select-item")).forEach(item -> {
                        var value = ui.node(item).properties.get("value");
                        if (value != null && !value.asText().isEmpty()) {
                            values.add(value.asText());
                        }
                    });
                    var value = values.isEmpty() ? "" : values.get(ThreadLocalRandom.current().nextInt(values.size()));
                    return list(VaadinUi.sync(select, "value", value));
                }))
                .exec(poll())
                // a scroll asks for the rows in view; the browser never asks beyond the grid's size
                .exec(uidl("scroll generations grid", ui -> {
                    var grid = ui.require("generations grid", tag("vaadin-grid"));
                    int pages = Math.max(1, (ui.node(grid).size + 49) / 50);
                    return list(VaadinUi.callServer(grid, "setViewportRange",
                            ThreadLocalRandom.current().nextInt(pages) * 50, 50));
                }))
                .exec(thinkBetweenActions());
    }

    private static ChainBuilder reviews() {
        return navigate("my-reviews").exec(thinkAfterNavigation())
                .exec(uidl("navigate review/:id", ui -> list(VaadinUi.navigate("review/" + video(), ""))))
                .exec(thinkAfterNavigation());
    }

    private static ChainBuilder reports() {
        return navigate("reports").exec(thinkAfterNavigation())
                .exec(navigate("campaigns/" + CAMPAIGN + "/report")).exec(thinkAfterNavigation());
    }

    private static ChainBuilder administration() {
        return navigate("members").exec(thinkAfterNavigation())
                .exec(navigate("audit")).exec(thinkAfterNavigation());
    }

    private static ChainBuilder campaigns() {
        return navigate("").exec(thinkAfterNavigation());
    }

    private static ScenarioBuilder role(String name, String email, String password, ChainBuilder work) {
        return scenario(name).exec(start(email, password)).exec(thinkAfterNavigation())
                .exec(during(WORK).on(work))
                .exec(Vaadin.closePush());
    }

    // ---- the seed: a creator queues one video per card through the generate dialog ----

    private static final ScenarioBuilder SEED = scenario("seed: queue videos")
            .exec(start("creator@northwind.example", "northwind-creator"))
            .repeat(SEEDED_VIDEOS, "i").on(exec(
                    uidl("seed: open generate dialog", ui -> list(VaadinUi.navigate("generations",
                            "campaign=" + CAMPAIGN + "&card=1"))),
                    uidl("seed: generate", ui -> list(ui.domEvent(ui.button("Generate"), "click", Map.of()))),
                    uidl("seed: close dialog", ui -> ui.find(tag("vaadin-dialog"))
                            .map(dialog -> list(closeDialog(ui, dialog)))
                            .orElseGet(() -> list(VaadinUi.navigate("", ""))))))
            // the local renderer needs a few seconds per video; the reviewers' pages want them finished
            .exec(pause(Duration.ofSeconds(Integer.getInteger("seedWaitSeconds", 40))))
            .exec(Vaadin.closePush());

    @Override
    public void after() {
        System.out.println("push frames received: " + Vaadin.PUSH_FRAMES.get() + ", UIDL pushes applied: "
                + Vaadin.PUSHES_APPLIED.get());
    }

    {
        int share = Math.max(1, USERS / 4);
        var creators = role("creators", "creator@northwind.example", "northwind-creator",
                exec(board(), prompts(), generations()));
        var reviewers = role("reviewers", "reviewer@northwind.example", "northwind-reviewer",
                exec(reviews(), generations(), board()));
        var managers = role("managers", "manager@northwind.example", "northwind-manager",
                exec(reports(), board(), campaigns()));
        var admins = role("admins", "admin@northwind.example", "northwind-admin",
                exec(administration(), board(), campaigns()));
        List<PopulationBuilder> load = List.of(
                creators.injectOpen(rampUsers(USERS - 3 * share).during(RAMP_SECONDS)),
                reviewers.injectOpen(rampUsers(share).during(RAMP_SECONDS)),
                managers.injectOpen(rampUsers(share).during(RAMP_SECONDS)),
                admins.injectOpen(rampUsers(share).during(RAMP_SECONDS)));
        setUp(SEED.injectOpen(atOnceUsers(1)).andThen(load))
                .protocols(http.baseUrl(BASE_URL)
                        .wsBaseUrl(BASE_URL.replaceFirst("^http", "ws"))
                        .wsUnmatchedInboundMessageBufferSize(1000)
                        .acceptHeader("*/*")
                        .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Gatling/3.15.1 ClapboardSimulation"))
                .assertions(global().responseTime().percentile(95.0).lt(250),
                        global().failedRequests().count().is(0L));
    }
}
