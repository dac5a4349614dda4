package dev.clapboard.base;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cluster relay on PostgreSQL: {@code NOTIFY clapboard_events} carries a JSON envelope (sending node, topic,
 * the message's ids), and one dedicated {@code LISTEN} connection per node hands other nodes' messages to the
 * local {@link ClusterReceiver}s. The listener reconnects after a failure; messages sent while a node was
 * disconnected are not replayed (a board catches up on its next refresh or navigation).
 *
 * @see <a href="../../../../../docs/decisions/0014-scale-out.md">0014 Scale-out</a>
 */
@Component
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:postgresql:')")
class PostgresClusterRelay implements ClusterRelay, SmartLifecycle {

    static final String CHANNEL = "clapboard_events";
    private static final Logger log = LoggerFactory.getLogger(PostgresClusterRelay.class);

    record Envelope(String node, String topic, tools.jackson.databind.JsonNode message) {
    }

    private final String node = UUID.randomUUID().toString();
    private final DataSource dataSource;
    private final ObjectProvider<ClusterReceiver<?>> receivers;
    private final JsonMapper json;
    private final String url;
    private final String username;
    private final String password;
    // sends leave the committing thread at once and keep their order
    private final ExecutorService sender = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean running;
    private volatile @Nullable Thread listener;
    private volatile @Nullable Connection listenConnection;

    PostgresClusterRelay(DataSource dataSource, ObjectProvider<ClusterReceiver<?>> receivers, JsonMapper json,
            Environment environment) {
        this.dataSource = dataSource;
        this.receivers = receivers;
        this.json = json;
        this.url = environment.getRequiredProperty("spring.datasource.url");
        this.username = environment.getProperty("spring.datasource.username", "");
        this.password = environment.getProperty("spring.datasource.password", "");
    }

    @Override
    public void send(String topic, Record message) {
        if (!running) {
            return; // starting or shutting down: the other nodes catch up on their next refresh
        }
        var payload = json.writeValueAsString(new Envelope(node, topic, json.valueToTree(message)));
        try {
            sender.execute(() -> publish(topic, payload));
        } catch (RejectedExecutionException stoppedMeanwhile) {
            // the node is going down
        }
    }

    private void publish(String topic, String payload) {
        // a pooled connection of its own, in auto-commit: an after-commit caller's connection would still
        // belong to the finished transaction, and a NOTIFY there would never be sent
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, CHANNEL);
            statement.setString(2, payload);
            statement.execute();
        } catch (SQLException e) {
            log.warn("Could not tell the other nodes about {} {}: {}", topic, payload, e.getMessage());
        }
    }

    @Override
    public void start() {
        running = true;
        var thread = Thread.ofPlatform().daemon().name("cluster-relay-listener").start(this::listen);
        listener = thread;
        try {
            // the node counts as started once it hears the others
            if (!listening.await(10, TimeUnit.SECONDS)) {
                log.warn("Cluster relay is not listening yet; it keeps trying");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        var connection = listenConnection;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing a broken connection: nothing left to do
            }
        }
        var thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
        sender.shutdown();
    }

    /** Starts before and stops after the web server and the job engine, so their last changes still travel. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (var connection = DriverManager.getConnection(url, username, password)) {
                listenConnection = connection;
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listening.countDown();
                var notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    var received = notifications.getNotifications(1000);
                    if (received != null) {
                        for (var notification : received) {
                            dispatch(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Cluster relay lost its database connection, reconnecting: {}", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void dispatch(String payload) {
        try {
            var envelope = json.readValue(payload, Envelope.class);
            if (node.equals(envelope.node())) {
                return;
            }
            receivers.orderedStream().filter(r -> r.topic().equals(envelope.topic()))
                    .forEach(r -> deliver(r, envelope));
        } catch (RuntimeException e) {
            log.warn("Could not deliver cluster message {}", payload, e);
        }
    }

    private <T extends Record> void deliver(ClusterReceiver<T> receiver, Envelope envelope) {
        receiver.receive(json.treeToValue(envelope.message(), receiver.messageType()));
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
