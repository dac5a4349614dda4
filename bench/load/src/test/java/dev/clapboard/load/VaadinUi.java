package dev.clapboard.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What one browser tab knows about its Vaadin UI, kept per virtual user: the security key, UI id, push id, the
 * last server sync id and the next client id (Flow refuses a message with an unexpected client id and answers a
 * stale one with a resynchronisation), plus a mirror of the element tree the server sent (tags, properties,
 * attributes, event listeners, and the rows each grid was sent), so actions can find the node ids they target.
 *
 * <p>The UIDL format: a response is one JSON object with {@code syncId}, {@code clientId}, {@code changes} (tree
 * changes: {@code put} of a key in a node feature, {@code splice} of children, {@code detach}), {@code constants}
 * (event-data templates referenced by listeners), {@code execute} (JavaScript calls, which carry grid rows) and
 * {@code meta} (errors, session expiry). Feature numbers are Flow's {@code NodeFeatureRegistry} ids.
 */
final class VaadinUi {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int FEATURE_TAG = 0;
    private static final int FEATURE_PROPERTIES = 1;
    private static final int FEATURE_ATTRIBUTES = 3;
    private static final int FEATURE_LISTENERS = 4;
    private static final int FEATURE_CHILDREN = 2;
    private static final int FEATURE_TEXT = 7;

    static final class Node {
        String tag = "";
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
        String text = "";
        final List<Integer> children = new ArrayList<>();
        /** The number of rows a grid said it has ({@code $connector.updateSize}). */
        int size;
        /** Grid rows as sent by the data communicator: index → item key. */
        final Map<Integer, String> rowKeys = new LinkedHashMap<>();

        String attribute(String name) {
            var value = attributes.get(name);
            return value == null ? "" : value.asText();
        }
    }

    final String csrfToken;
    final int uiId;
    final String pushId;
    private int syncId;
    private int clientId;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();

    private VaadinUi(String csrfToken, int uiId, String pushId) {
        this.csrfToken = csrfToken;
        this.uiId = uiId;
        this.pushId = pushId;
    }

    /** The UI from the JSON answer to {@code ?v-r=init}: ids and the initial tree. */
    static VaadinUi fromInit(String body) {
        try {
            var config = JSON.readTree(body).path("appConfig");
            var uidl = config.path("uidl");
            var ui = new VaadinUi(uidl.path("Vaadin-Security-Key").asText(), config.path("v-uiId").asInt(),
                    uidl.path("Vaadin-Push-ID").asText());
            ui.syncId = -1;
            ui.apply(uidl);
            return ui;
        } catch (Exception e) {
            throw new IllegalStateException("not a Vaadin init answer: " + abbreviate(body), e);
        }
    }

    /**
     * What is wrong with a UIDL answer from the user's point of view, or "" when nothing is: an application error,
     * an expired session, a resynchronisation, or anything that is not a UIDL message (a login page after a lost
     * session).
     */
    static String problem(String body) {
        if (body == null || body.isBlank()) {
            return "empty answer";
        }
        var text = stripWrapper(body);
        if (!text.startsWith("{")) {
            return "not UIDL: " + abbreviate(text);
        }
        try {
            var message = JSON.readTree(text);
            var meta = message.path("meta");
            if (meta.has("appError")) {
                return "appError: " + abbreviate(meta.path("appError").toString());
            }
            if (meta.path("sessionExpired").asBoolean(false)) {
                return "session expired";
            }
            if (message.path("resynchronize").asBoolean(false) || meta.path("resynchronize").asBoolean(false)) {
                return "resynchronize";
            }
            if (!message.has("syncId")) {
                return "no syncId: " + abbreviate(text);
            }
            return "";
        } catch (Exception e) {
            return "unreadable UIDL: " + abbreviate(text);
        }
    }

    /** Applies an answer to a UIDL request (its problems were checked before). */
    synchronized void applyResponse(String body) {
        try {
            apply(JSON.readTree(stripWrapper(body)));
        } catch (Exception e) {
            throw new IllegalStateException("unreadable UIDL", e);
        }
    }

    /**
     * Applies a message the server pushed over the websocket (Atmosphere frames it as {@code length|payload};
     * heartbeats and the handshake carry no UIDL). A push older than what the tab has already seen is skipped.
     */
    synchronized boolean applyPush(String frame) {
        var bar = frame.indexOf('|');
        var payload = bar > 0 && frame.substring(0, bar).chars().allMatch(Character::isDigit) ? frame.substring(bar + 1)
                : frame;
        payload = stripWrapper(payload);
        if (!payload.startsWith("{")) {
            return false;
        }
        try {
            var message = JSON.readTree(payload);
            if (message.path("syncId").asInt(-1) > syncId) {
                apply(message);
                return true;
            }
        } catch (Exception e) {
            // a partial frame or a heartbeat; the next XHR answer carries the state forward
        }
        return false;
    }

    private static String stripWrapper(String body) {
        var text = body.strip();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length()).strip();
        }
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    private void apply(JsonNode message) {
        if (message.has("syncId")) {
            syncId = Math.max(syncId, message.path("syncId").asInt());
        }
        if (message.has("clientId")) {
            clientId = message.path("clientId").asInt();
        }
        message.path("constants").properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        for (var change : message.path("changes")) {
            int id = change.path("node").asInt();
            switch (change.path("type").asText()) {
                case "detach" -> nodes.remove(id);
                case "put" -> put(nodes.computeIfAbsent(id, k -> new Node()), change);
                case "remove" -> {
                    var node = nodes.get(id);
                    if (node != null) {
                        node.properties.remove(change.path("key").asText());
                        node.attributes.remove(change.path("key").asText());
                        node.listeners.remove(change.path("key").asText());
                    }
                }
                case "splice" -> splice(nodes.computeIfAbsent(id, k -> new Node()), change);
                case "clear" -> nodes.computeIfAbsent(id, k -> new Node()).children.clear();
                default -> nodes.computeIfAbsent(id, k -> new Node());
            }
        }
        for (var call : message.path("execute")) {
            gridRows(call);
        }
    }

    private static void splice(Node node, JsonNode change) {
        if (change.path("feat").asInt() != FEATURE_CHILDREN) {
            return;
        }
        int index = Math.min(change.path("index").asInt(), node.children.size());
        int remove = Math.min(change.path("remove").asInt(0), node.children.size() - index);
        for (int i = 0; i < remove; i++) {
            node.children.remove(index);
        }
        var added = new ArrayList<Integer>();
        change.path("addNodes").forEach(n -> added.add(n.asInt()));
        node.children.addAll(index, added);
    }

    /** The text of a node and its descendants, as a user reads it. */
    synchronized String textOf(int id) {
        var node = nodes.get(id);
        if (node == null) {
            return "";
        }
        var text = new StringBuilder(node.text);
        node.children.forEach(child -> text.append(textOf(child)));
        return text.toString();
    }

    /** A button by its caption, e.g. "Generate". */
    synchronized int button(String caption) {
        return findAll(tag("vaadin-button")).stream().filter(id -> textOf(id).strip().equals(caption)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no button \"" + caption + "\" in the UI"));
    }

    private static void put(Node node, JsonNode change) {
        var key = change.path("key").asText();
        if (key.equals("text") && change.path("feat").asInt() == FEATURE_TEXT) {
            node.text = change.path("value").asText();
            return;
        }
        var value = change.has("nodeValue") ? change.path("nodeValue") : change.path("value");
        switch (change.path("feat").asInt()) {
            case FEATURE_TAG -> {
                if (key.equals("tag")) {
                    node.tag = value.asText();
                }
            }
            case FEATURE_PROPERTIES -> node.properties.put(key, value);
            case FEATURE_ATTRIBUTES -> node.attributes.put(key, value);
            case FEATURE_LISTENERS -> node.listeners.put(key, value.asText());
            default -> {
            }
        }
    }

    /** {@code [{"@v-node": grid}, index, [rows], "return $0.$connector.set($1,$2)"]}: remembers the item keys. */
    private void gridRows(JsonNode call) {
        var script = call.size() < 3 ? "" : call.get(call.size() - 1).asText();
        if (script.contains("$connector.updateSize(")) {
            var grid = nodes.get(call.get(0).path("@v-node").asInt(-1));
            if (grid != null) {
                grid.size = call.get(1).asInt();
            }
            return;
        }
        if (call.size() < 4 || !script.contains("$connector.set(")) {
            return;
        }
        var grid = nodes.get(call.get(0).path("@v-node").asInt(-1));
        if (grid == null) {
            return;
        }
        int index = call.get(1).asInt();
        for (var row : call.get(2)) {
            grid.rowKeys.put(index++, row.path("key").asText());
        }
    }

    /** The body of a UIDL request carrying these invocations; the client id moves on with the server's answer. */
    synchronized String request(List<ObjectNode> rpc) {
        var body = JSON.createObjectNode();
        body.put("csrfToken", csrfToken);
        var calls = body.putArray("rpc");
        rpc.forEach(calls::add);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        return body.toString();
    }

    synchronized Optional<Integer> find(Predicate<Node> test) {
        return nodes.entrySet().stream().filter(e -> test.test(e.getValue())).map(Map.Entry::getKey).sorted()
                .findFirst();
    }

    synchronized List<Integer> findAll(Predicate<Node> test) {
        return nodes.entrySet().stream().filter(e -> test.test(e.getValue())).map(Map.Entry::getKey).sorted().toList();
    }

    synchronized int require(String what, Predicate<Node> test) {
        return find(test).orElseThrow(() -> new IllegalStateException("no " + what + " in the UI"));
    }

    synchronized Node node(int id) {
        var node = nodes.get(id);
        if (node == null) {
            throw new IllegalStateException("node " + id + " is gone");
        }
        return node;
    }

    // ---- invocations (the JSON the Flow client sends) ----

    /** A router navigation, as the client sends it for a router link or a history change. */
    static ObjectNode navigate(String route, String query) {
        var data = JsonNodeFactory.instance.objectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 1);
        data.put("trigger", "");
        return event(1, "ui-navigate", data);
    }

    static ObjectNode event(int node, String type, ObjectNode data) {
        var rpc = JsonNodeFactory.instance.objectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", type);
        rpc.set("data", data);
        return rpc;
    }

    /**
     * A DOM event on a node, with the event data its listener asks for (the constant the server sent): the given
     * values, false for modifier keys, 0 for other numbers.
     */
    synchronized ObjectNode domEvent(int node, String type, Map<String, Object> values) {
        var listener = node(node).listeners.get(type);
        if (listener == null) {
            throw new IllegalStateException("node " + node + " (" + node(node).tag + ") has no " + type + " listener, only " + node(node).listeners.keySet());
        }
        var data = JsonNodeFactory.instance.objectNode();
        constants.getOrDefault(listener, JsonNodeFactory.instance.objectNode()).fieldNames().forEachRemaining(key -> {
            if (key.startsWith("}") || key.matches("\\d+")) {
                return;
            }
            var value = values.get(key);
            if (value instanceof String text) {
                data.put(key, text);
            } else if (value instanceof Integer number) {
                data.put(key, number);
            } else if (key.endsWith("Key") && !key.endsWith("itemKey")) {
                data.put(key, false);
            } else {
                data.put(key, 0);
            }
        });
        return event(node, type, data);
    }

    /** A property the client synchronises to the server (a field's value, a dialog's opened state). */
    static ObjectNode sync(int node, String property, Object value) {
        var rpc = JsonNodeFactory.instance.objectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node);
        rpc.put("feature", FEATURE_PROPERTIES);
        rpc.put("property", property);
        rpc.set("value", JSON.valueToTree(value));
        return rpc;
    }

    /** A call of a {@code @ClientCallable} method, as {@code element.$server.method(args)} sends it. */
    static ObjectNode callServer(int node, String method, Object... args) {
        var rpc = JsonNodeFactory.instance.objectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        ArrayNode arguments = rpc.putArray("templateEventMethodArgs");
        for (var arg : args) {
            arguments.add(JSON.valueToTree(arg));
        }
        rpc.put("promise", 0);
        return rpc;
    }

    static Predicate<Node> tag(String tag) {
        return node -> node.tag.equals(tag);
    }

    static List<ObjectNode> list(ObjectNode... rpc) {
        return new ArrayList<>(List.of(rpc));
    }

    static String abbreviate(String text) {
        var flat = text.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
