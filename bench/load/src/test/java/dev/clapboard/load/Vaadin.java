package dev.clapboard.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.ws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.http.action.ws.WsInboundMessage;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Gatling steps that speak Vaadin Flow's client protocol (Vaadin 25), the way the browser's Flow client does:
 * <ol>
 * <li>sign in: {@code GET /login} (the page carries Spring Security's CSRF token in {@code <meta name="_csrf">}),
 * then the form post {@code POST /login} with username, password and {@code _csrf};</li>
 * <li>open the UI: {@code GET /route} returns the static bootstrap page; the client then asks
 * {@code GET /?v-r=init&location=route}, whose JSON carries the UI id, the Vaadin security key
 * (CSRF token of every UIDL request), the push id and the first UIDL;</li>
 * <li>the push channel: a websocket to {@code /VAADIN/push?v-r=push&v-uiId=..&v-pushId=..} (Atmosphere), on which
 * the server sends UIDL to the tab on its own (e.g. "also looking at this board"); the server sets
 * {@code alwaysXhrToServer}, so everything the tab sends goes as XHR: {@code POST /?v-r=uidl&v-uiId=..} with
 * {@code {csrfToken, rpc:[..], syncId, clientId}};</li>
 * <li>every UIDL answer is checked (HTTP 200, JSON, no {@code appError}, no expired session, no resync) and applied
 * to the user's {@link VaadinUi} mirror, after any pushed messages, so the next request carries the right ids.</li>
 * </ol>
 */
final class Vaadin {

    static final String UI = "vaadinUi";
    private static final String BODY = "uidlBody";
    private static final String RELOAD = "reload";

    private Vaadin() {
    }

    static VaadinUi ui(Session session) {
        return (VaadinUi) session.get(UI);
    }

    /** Form login; a failed sign-in lands on /login?error, which counts as KO. */
    static ChainBuilder signIn() {
        return exec(http("sign-in page").get("/login")
                        .check(css("meta[name=_csrf]", "content").saveAs("springCsrf")))
                .exec(http("sign in").post("/login")
                        .formParam("username", "#{email}")
                        .formParam("password", "#{password}")
                        .formParam("_csrf", "#{springCsrf}")
                        .disableFollowRedirect()
                        .check(status().is(302), header("Location").transform(to -> to.contains("error")).is(false)
                                .name("signed in (not sent back to /login?error)")));
    }

    /** Loads the page of a route and starts its UI, as opening a URL in a new tab does, with its push channel. */
    static ChainBuilder open(String route) {
        var name = route.isEmpty() ? "/" : label(route);
        return exec(http("page " + name).get("/" + route)
                        .check(regex("<div id=\"outlet\">").exists()))
                .exec(http("init " + name)
                        .get("/?v-r=init&location=" + route + "&query=")
                        .check(bodyString().saveAs(BODY)))
                .exec(session -> session.set(UI, VaadinUi.fromInit(session.getString(BODY))).remove(BODY))
                .exec(ws("push").connect(session -> "/VAADIN/push?v-r=push&v-uiId=" + ui(session).uiId
                        + "&v-pushId=" + ui(session).pushId
                        + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                        + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                        + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"))
                .exec(roundTrip("navigate " + name, ui -> VaadinUi.list(VaadinUi.navigate(route, ""))));
    }

    /**
     * After an error the Flow client stops and shows it; the member reloads the page. So does the virtual user,
     * with a new UI (and push channel) on the campaigns page.
     */
    private static final ChainBuilder RELOAD_PAGE = exec(ws("push").close()).exec(open(""));

    static ChainBuilder closePush() {
        return exec(ws("push").close());
    }

    /** Navigation inside the running UI (a menu entry or router link): one UIDL round trip. */
    static ChainBuilder navigate(String route) {
        return navigate(route, "");
    }

    static ChainBuilder navigate(String route, String query) {
        return uidl("navigate " + label(route), ui -> VaadinUi.list(VaadinUi.navigate(route, query)));
    }

    /**
     * One UIDL round trip with the invocations built from the current tree; a step that cannot find its target
     * fails the request (KO), as a user would notice the element is missing.
     */
    static ChainBuilder uidl(String name, Function<VaadinUi, List<ObjectNode>> rpc) {
        return roundTrip(name, rpc).doIf(session -> session.getBoolean(RELOAD)).then(RELOAD_PAGE);
    }

    private static ChainBuilder roundTrip(String name, Function<VaadinUi, List<ObjectNode>> rpc) {
        return exec(ws.processUnmatchedMessages(Vaadin::applyPushes))
                .exec(http(name).post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> ui(session).request(rpc.apply(ui(session)))))
                        .check(bodyString().saveAs(BODY), status().is(200),
                                bodyString().transform(VaadinUi::problem).is("").name("UIDL without error")))
                .exec(session -> {
                    var body = session.contains(BODY) ? session.getString(BODY) : "";
                    var broken = !VaadinUi.problem(body).isEmpty();
                    if (!broken) {
                        ui(session).applyResponse(body);
                    }
                    return session.remove(BODY).set(RELOAD, broken);
                });
    }

    /** Push frames the virtual users received, and how many of them carried UIDL newer than the tab had. */
    static final AtomicLong PUSH_FRAMES = new AtomicLong();
    static final AtomicLong PUSHES_APPLIED = new AtomicLong();

    private static Session applyPushes(List<WsInboundMessage> messages, Session session) {
        if (session.contains(UI)) {
            for (var message : messages) {
                if (message instanceof WsInboundMessage.Text text) {
                    PUSH_FRAMES.incrementAndGet();
                    if (ui(session).applyPush(text.message())) {
                        PUSHES_APPLIED.incrementAndGet();
                    }
                }
            }
        }
        return session;
    }

    /** Route templates in request names, so one view's round trips group together in the report. */
    static String label(String route) {
        return route.isEmpty() ? "/" : route.replaceAll("/\\d+", "/:id");
    }
}
