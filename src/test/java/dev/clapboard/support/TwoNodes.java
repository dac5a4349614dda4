package dev.clapboard.support;

import dev.clapboard.Application;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Clapboard nodes in one JVM (two Spring contexts, each with its own web server on a random port) on one
 * fresh embedded PostgreSQL database, with the demo data and a short job-engine heartbeat, so a node that stops
 * is declared dead within seconds. Node A starts first and seeds the demo workspace; node B finds it.
 */
public final class TwoNodes implements AutoCloseable {

    public final ConfigurableApplicationContext a;
    public final ConfigurableApplicationContext b;

    private TwoNodes(ConfigurableApplicationContext a, ConfigurableApplicationContext b) {
        this.a = a;
        this.b = b;
    }

    /** Starts both nodes; {@code extraArguments} ({@code --name=value}) go to both. */
    public static TwoNodes start(String... extraArguments) {
        return start(List.of(), extraArguments);
    }

    /** Starts both nodes with {@code extraSources} (test beans, e.g. a provider) added to each. */
    public static TwoNodes start(List<Class<?>> extraSources, String... extraArguments) {
        var url = EmbeddedPostgresDatabase.newDatabaseUrl();
        var a = node(url, "a", extraSources, extraArguments);
        try {
            return new TwoNodes(a, node(url, "b", extraSources, extraArguments));
        } catch (RuntimeException e) {
            a.close();
            throw e;
        }
    }

    /**
     * Starts one node named {@code name} (its job-engine name is {@code node-<name>}) on the database at
     * {@code url}; the first node on a fresh database seeds the demo workspace.
     */
    public static ConfigurableApplicationContext node(String url, String name, List<Class<?>> extraSources,
            String... extraArguments) {
        var arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--server.port=0",
                "--db-scheduler.scheduler-name=node-" + name,
                "--db-scheduler.heartbeat-interval=1s",
                "--db-scheduler.missed-heartbeats-limit=4",
                "--db-scheduler.polling-interval=200ms",
                "--db-scheduler.shutdown-max-wait=0s"));
        arguments.addAll(List.of(extraArguments));
        var sources = new ArrayList<Class<?>>(List.of(Application.class));
        sources.addAll(extraSources);
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).profiles("demo", "test")
                .run(arguments.toArray(String[]::new));
    }

    @Override
    public void close() {
        Stream.of(b, a).filter(ConfigurableApplicationContext::isActive).forEach(ConfigurableApplicationContext::close);
    }
}
