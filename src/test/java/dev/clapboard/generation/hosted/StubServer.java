package dev.clapboard.generation.hosted;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny provider stand-in on the JDK's HTTP server: answers each "METHOD path" from a script (the last
 * answer repeats) and records every request it got. Public for the fault tests, which drive a gateway under load.
 */
public final class StubServer implements AutoCloseable {

    record Recorded(String method, String path, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    /**
     * @param stallAfter when not negative, the stub sends the headers (announcing the whole body) and this
     *        many body bytes, then stops sending until the server closes
     */
    public record Answer(int status, Map<String, String> headers, byte[] body, long delayMillis, int stallAfter) {

        Answer(int status, Map<String, String> headers, byte[] body, long delayMillis) {
            this(status, headers, body, delayMillis, -1);
        }

        public static Answer json(int status, String json) {
            return new Answer(status, Map.of("Content-Type", "application/json"),
                    json.getBytes(StandardCharsets.UTF_8), 0);
        }

        public static Answer bytes(byte[] body) {
            return new Answer(200, Map.of("Content-Type", "video/mp4"), body, 0);
        }

        public Answer withHeader(String name, String value) {
            var all = new java.util.HashMap<>(headers);
            all.put(name, value);
            return new Answer(status, all, body, delayMillis, stallAfter);
        }

        public Answer delayed(long millis) {
            return new Answer(status, headers, body, millis, stallAfter);
        }

        Answer stallingAfter(int bytes) {
            return new Answer(status, headers, body, delayMillis, bytes);
        }
    }

    final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> script = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

    public StubServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    public URI base(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public StubServer on(String methodAndPath, Answer... answers) {
        script.computeIfAbsent(methodAndPath, k -> new ArrayDeque<>()).addAll(List.of(answers));
        return this;
    }

    List<Recorded> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        var path = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var method = exchange.getRequestMethod();
        requests.add(new Recorded(method, path, Map.copyOf(exchange.getRequestHeaders()), body));
        var queue = script.get(method + " " + path);
        Answer answer;
        if (queue == null || queue.isEmpty()) {
            answer = Answer.json(404, "{\"error\":{\"message\":\"not scripted: " + method + " " + path + "\"}}");
        } else {
            synchronized (queue) {
                answer = queue.size() > 1 ? queue.poll() : queue.peek();
            }
        }
        try {
            if (answer.delayMillis() > 0) {
                Thread.sleep(answer.delayMillis());
            }
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.stallAfter() >= 0) {
                exchange.getResponseBody().write(answer.body(), 0, answer.stallAfter());
                exchange.getResponseBody().flush();
                closed.await();
            } else if (answer.body().length > 0) {
                exchange.getResponseBody().write(answer.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (timeout test)
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }
}
