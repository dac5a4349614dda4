package dev.clapboard.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server (binaries from Maven, started once per test run) with a fresh database for each
 * Spring context that asks for one.
 */
public final class EmbeddedPostgresDatabase {

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private EmbeddedPostgresDatabase() {
    }

    /** Points the context at a new, empty database on the shared server. */
    public static void register(DynamicPropertyRegistry registry) {
        var name = createDatabase();
        registry.add("spring.datasource.url", () -> server().getJdbcUrl("postgres", name));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /** A new, empty database on the shared server, as a JDBC URL (user {@code postgres}, no password). */
    public static String newDatabaseUrl() {
        return server().getJdbcUrl("postgres", createDatabase());
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }));
        }
        return server;
    }

    private static String createDatabase() {
        var name = "clapboard_" + DATABASES.incrementAndGet();
        try (var connection = server().getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return name;
    }
}
