package dev.clapboard.generation;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariDataSource;
import dev.clapboard.support.EmbeddedPostgresDatabase;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The job queue's throughput: N no-op jobs on two db-scheduler nodes (4 threads each, the app's settings) on one
 * embedded PostgreSQL, node A stopped when half are done, against a bare {@code FOR UPDATE SKIP LOCKED} loop
 * with the same 8 workers on the same server in the same run. Prints one line: jobs/s of both, lost and
 * duplicated jobs, and the ratio.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:java -Dexec.mainClass=dev.clapboard.generation.JobQueueBenchmark}
 * (argument: number of jobs, default 20000).
 */
public final class JobQueueBenchmark {

    private static final int THREADS_PER_NODE = 4;

    private JobQueueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var jobs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        // no Spring here to configure logging: per-job debug lines would be what we measure
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        var url = EmbeddedPostgresDatabase.newDatabaseUrl();
        try (var dataSource = pool(url)) {
            createTables(dataSource);
            var scheduler = dbScheduler(dataSource, jobs);
            var bare = bareLoop(dataSource, jobs);
            System.out.printf(Locale.ROOT, "JobQueueBenchmark jobs=%d: db-scheduler 2 nodes %.0f jobs/s (lost %d, "
                    + "duplicated %d, node A stopped at half) | bare FOR UPDATE SKIP LOCKED 8 workers %.0f jobs/s "
                    + "(lost %d) | ratio db-scheduler/bare %.2f%n", jobs, scheduler.perSecond, scheduler.lost,
                    scheduler.duplicated, bare.perSecond, bare.lost, scheduler.perSecond / bare.perSecond);
        }
        System.exit(0);
    }

    record Result(double perSecond, int lost, int duplicated) {
    }

    private static Result dbScheduler(DataSource dataSource, int jobs) throws Exception {
        var seen = ConcurrentHashMap.<String>newKeySet();
        var executions = new AtomicInteger();
        OneTimeTask<Void> noop = Tasks.oneTime("noop").execute((instance, context) -> {
            executions.incrementAndGet();
            seen.add(instance.getId());
        });
        enqueue(dataSource, jobs);
        var a = node(dataSource, noop, "node-a");
        var b = node(dataSource, noop, "node-b");
        var started = System.nanoTime();
        a.start();
        b.start();
        while (seen.size() < jobs / 2) {
            Thread.sleep(5);
        }
        a.stop();
        var deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (seen.size() < jobs && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        b.stop();
        return new Result(seen.size() / seconds, jobs - seen.size(), executions.get() - seen.size());
    }

    private static Scheduler node(DataSource dataSource, OneTimeTask<Void> task, String name) {
        return Scheduler.create(dataSource, task).tableName("scheduled_tasks").threads(THREADS_PER_NODE)
                .pollingInterval(Duration.ofSeconds(1)).heartbeatInterval(Duration.ofSeconds(10))
                .schedulerName(new SchedulerName.Fixed(name)).enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(5)).build();
    }

    private static Result bareLoop(DataSource dataSource, int jobs) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("insert into bench_queue (id) select g from generate_series(1, " + jobs + ") g");
        }
        var done = new AtomicInteger();
        var workers = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
        var started = System.nanoTime();
        var futures = new ArrayList<java.util.concurrent.Future<?>>();
        for (int i = 0; i < 2 * THREADS_PER_NODE; i++) {
            futures.add(workers.submit(() -> {
                try (var connection = dataSource.getConnection();
                        var claim = connection.prepareStatement(
                                "select id from bench_queue order by id limit 1 for update skip locked");
                        var remove = connection.prepareStatement("delete from bench_queue where id = ?")) {
                    connection.setAutoCommit(false);
                    while (true) {
                        try (var row = claim.executeQuery()) {
                            if (!row.next()) {
                                connection.commit();
                                return null;
                            }
                            remove.setLong(1, row.getLong(1));
                        }
                        remove.executeUpdate(); // the no-op job, then done
                        connection.commit();
                        done.incrementAndGet();
                    }
                }
            }));
        }
        for (var future : futures) {
            future.get();
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        workers.shutdown();
        return new Result(done.get() / seconds, jobs - done.get(), 0);
    }

    private static void enqueue(DataSource dataSource, int jobs) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version) "
                    + "select 'noop', 'job-' || g, now(), false, 1 from generate_series(1, " + jobs + ") g");
        }
    }

    /** The job table as Flyway creates it (V6_1), plus the bare queue. */
    private static void createTables(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("""
                    create table scheduled_tasks (
                        task_name varchar(100) not null, task_instance varchar(100) not null, task_data bytea,
                        execution_time timestamp with time zone not null, picked boolean not null,
                        picked_by varchar(50), last_success timestamp with time zone,
                        last_failure timestamp with time zone, consecutive_failures integer,
                        last_heartbeat timestamp with time zone, version bigint not null, priority smallint,
                        primary key (task_name, task_instance))""");
            statement.execute("create index ix_scheduled_tasks_execution on scheduled_tasks (execution_time)");
            statement.execute("create index ix_scheduled_tasks_heartbeat on scheduled_tasks (last_heartbeat)");
            statement.execute("create index ix_scheduled_tasks_priority on scheduled_tasks (priority, execution_time)");
            statement.execute("create table bench_queue (id bigint primary key)");
        }
    }

    private static HikariDataSource pool(String url) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }
}
