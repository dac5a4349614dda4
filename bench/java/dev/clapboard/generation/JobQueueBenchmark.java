package dev.clapboard.generation;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariDataSource;
import dev.clapboard.support.EmbeddedPostgresDatabase;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The job queue, db-scheduler against a bare {@code FOR UPDATE SKIP LOCKED} loop with the same 8 workers on the
 * same embedded PostgreSQL in the same run. Two measurements each:
 * <ol>
 * <li><b>enqueue-to-start</b>: {@value #STEADY_JOBS} jobs enqueued one by one at {@value #STEADY_RATE}/s while the
 * workers wait; p95 of the time from the enqueue's commit to the job's start.</li>
 * <li><b>throughput</b>: N no-op jobs enqueued at once (default 20,000; argument), drained by two db-scheduler
 * nodes (4 threads each, the app's settings, each with its own connection pool); node A is <em>killed</em> when
 * half are done: its pool is closed (open transactions aborted, connections cut) and its scheduler stopped
 * without waiting for its jobs, so it writes nothing more, heartbeats included, like a crashed JVM. Node B
 * declares it dead after 4 missed heartbeats of 2 s and reruns the jobs it held.</li>
 * </ol>
 * Lost: jobs never run or left in the queue. Rerun: jobs run again because node A held them when it died (a job
 * queue gives at-least-once; the generation job is idempotent for that reason). Duplicated: any other job that ran
 * twice. Prints one summary line.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:java -Dexec.mainClass=dev.clapboard.generation.JobQueueBenchmark
 * -Dexec.args=100000}
 */
public final class JobQueueBenchmark {

    private static final int THREADS_PER_NODE = 4;
    private static final int STEADY_JOBS = 3_000;
    private static final int STEADY_RATE = 300;
    private static final Duration HEARTBEAT = Duration.ofSeconds(2);
    private static final int MISSED_HEARTBEATS = 4;

    private JobQueueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var jobs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        // no Spring here to configure logging: per-job debug lines would be what we measure
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        var url = EmbeddedPostgresDatabase.newDatabaseUrl();
        try (var shared = pool(url, 10)) {
            createTables(shared);
            var schedulerLatency = dbSchedulerSteady(url);
            var bareLatency = bareSteady(shared);
            var scheduler = dbScheduler(url, shared, jobs);
            var bare = bareLoop(shared, jobs);
            System.out.printf(Locale.ROOT, "JobQueueBenchmark jobs=%d: db-scheduler 2 nodes %.0f jobs/s (node A killed "
                    + "at half holding %d jobs; lost %d, rerun %d, duplicated %d; enqueue-to-start p95 %d ms) | bare "
                    + "FOR UPDATE SKIP LOCKED 8 workers %.0f jobs/s (lost %d; enqueue-to-start p95 %d ms) | ratio "
                    + "db-scheduler/bare %.2f%n", jobs, scheduler.perSecond, scheduler.heldByKilledNode,
                    scheduler.lost, scheduler.rerun, scheduler.duplicated, schedulerLatency, bare.perSecond, bare.lost,
                    bareLatency, scheduler.perSecond / bare.perSecond);
        }
        System.exit(0);
    }

    record Result(double perSecond, int lost, int heldByKilledNode, int rerun, int duplicated) {
    }

    /** Jobs enqueued one by one through node B's client while both nodes run; p95 of enqueue-to-start, in ms. */
    private static long dbSchedulerSteady(String url) throws Exception {
        var latencies = new ConcurrentLinkedQueue<Long>();
        OneTimeTask<Long> timed = Tasks.oneTime("timed", Long.class)
                .execute((instance, context) -> latencies.add(System.nanoTime() - instance.getData()));
        try (var poolA = pool(url, 10); var poolB = pool(url, 10)) {
            var a = node(poolA, timed, "steady-a", Duration.ofSeconds(5));
            var b = node(poolB, timed, "steady-b", Duration.ofSeconds(5));
            a.start();
            b.start();
            for (int i = 0; i < STEADY_JOBS; i++) {
                b.schedule(timed.instance("t-" + i, System.nanoTime()), Instant.now());
                pace(i);
            }
            awaitCount(latencies::size, STEADY_JOBS);
            a.stop();
            b.stop();
        }
        return p95(latencies);
    }

    /** The bare loop's workers poll every 10 ms when the queue is empty. */
    private static long bareSteady(DataSource dataSource) throws Exception {
        var latencies = new ConcurrentLinkedQueue<Long>();
        var producing = new AtomicBoolean(true);
        var workers = bareWorkers(dataSource, "bench_timed", id -> latencies.add(System.nanoTime() - id),
                producing::get);
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("insert into bench_timed (id) values (?)")) {
            for (int i = 0; i < STEADY_JOBS; i++) {
                insert.setLong(1, System.nanoTime());
                insert.executeUpdate();
                pace(i);
            }
        }
        awaitCount(latencies::size, STEADY_JOBS);
        producing.set(false);
        for (var worker : workers) {
            worker.get();
        }
        return p95(latencies);
    }

    private static Result dbScheduler(String url, DataSource shared, int jobs) throws Exception {
        var runs = new ConcurrentHashMap<String, AtomicInteger>();
        OneTimeTask<Void> noop = Tasks.oneTime("noop").execute((instance, context) ->
                runs.computeIfAbsent(instance.getId(), id -> new AtomicInteger()).incrementAndGet());
        enqueue(shared, jobs);
        var poolA = pool(url, 10);
        try (var poolB = pool(url, 10)) {
            var a = node(poolA, noop, "node-a", Duration.ZERO);
            var b = node(poolB, noop, "node-b", Duration.ofSeconds(5));
            var started = System.nanoTime();
            a.start();
            b.start();
            while (runs.size() < jobs / 2) {
                Thread.sleep(2);
            }
            // the kill: connections cut first, so nothing of node A's is written any more, then its threads stop
            poolA.close();
            a.stop(); // built with shutdownMaxWait 0: does not wait for the jobs in hand
            var held = heldBy(shared, "node-a");
            var deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
            while (remaining(shared) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            var seconds = (System.nanoTime() - started) / 1e9;
            b.stop();
            int rerun = 0;
            int duplicated = 0;
            for (var entry : runs.entrySet()) {
                var extra = entry.getValue().get() - 1;
                if (extra > 0 && held.contains(entry.getKey())) {
                    rerun += extra;
                } else {
                    duplicated += extra;
                }
            }
            var lost = jobs - runs.size() + remaining(shared);
            return new Result(runs.size() / seconds, lost, held.size(), rerun, duplicated);
        }
    }

    private static Scheduler node(DataSource dataSource, OneTimeTask<?> task, String name, Duration shutdownMaxWait) {
        return Scheduler.create(dataSource, task).tableName("scheduled_tasks").threads(THREADS_PER_NODE)
                .pollingInterval(Duration.ofSeconds(1)).heartbeatInterval(HEARTBEAT)
                .missedHeartbeatsLimit(MISSED_HEARTBEATS).schedulerName(new SchedulerName.Fixed(name))
                .enableImmediateExecution().shutdownMaxWait(shutdownMaxWait).build();
    }

    private static Set<String> heldBy(DataSource dataSource, String node) throws SQLException {
        var held = new HashSet<String>();
        try (var connection = dataSource.getConnection(); var query = connection.prepareStatement(
                "select task_instance from scheduled_tasks where picked and picked_by = ?")) {
            query.setString(1, node);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    held.add(rows.getString(1));
                }
            }
        }
        return held;
    }

    private static int remaining(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var row = statement.executeQuery("select count(*) from scheduled_tasks where task_name = 'noop'")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static Result bareLoop(DataSource dataSource, int jobs) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("insert into bench_queue (id) select g from generate_series(1, " + jobs + ") g");
        }
        var done = new AtomicInteger();
        var started = System.nanoTime();
        for (var worker : bareWorkers(dataSource, "bench_queue", id -> done.incrementAndGet(), () -> false)) {
            worker.get();
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        return new Result(done.get() / seconds, jobs - done.get(), 0, 0, 0);
    }

    interface Job {
        void run(long id);
    }

    interface Condition {
        boolean holds();
    }

    /** 8 workers that claim one row at a time, run the job and delete the row; they end when the table is empty
     * and {@code waitForMore} no longer holds. */
    private static List<Future<?>> bareWorkers(DataSource dataSource, String table, Job job, Condition waitForMore) {
        var workers = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
        var futures = new ArrayList<Future<?>>();
        for (int i = 0; i < 2 * THREADS_PER_NODE; i++) {
            futures.add(workers.submit(() -> {
                try (var connection = dataSource.getConnection();
                        var claim = connection.prepareStatement(
                                "select id from " + table + " order by id limit 1 for update skip locked");
                        var remove = connection.prepareStatement("delete from " + table + " where id = ?")) {
                    connection.setAutoCommit(false);
                    while (true) {
                        try (var row = claim.executeQuery()) {
                            if (!row.next()) {
                                connection.commit();
                                if (!waitForMore.holds()) {
                                    return null;
                                }
                                Thread.sleep(10);
                                continue;
                            }
                            job.run(row.getLong(1));
                            remove.setLong(1, row.getLong(1));
                        }
                        remove.executeUpdate();
                        connection.commit();
                    }
                }
            }));
        }
        workers.shutdown();
        return futures;
    }

    private static void pace(int i) throws InterruptedException {
        if (i % (STEADY_RATE / 100) == 0) {
            Thread.sleep(10); // about STEADY_RATE per second, in bursts of 3 every 10 ms
        }
    }

    private static void awaitCount(java.util.function.IntSupplier count, int expected) throws InterruptedException {
        var deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (count.getAsInt() < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private static long p95(ConcurrentLinkedQueue<Long> nanos) {
        var sorted = nanos.stream().sorted().toList();
        return TimeUnit.NANOSECONDS.toMillis(sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1));
    }

    private static void enqueue(DataSource dataSource, int jobs) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version) "
                    + "select 'noop', 'job-' || g, now(), false, 1 from generate_series(1, " + jobs + ") g");
        }
    }

    /** The job table as Flyway creates it (V6_1), plus the bare queues. */
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
            statement.execute("create table bench_timed (id bigint primary key)");
        }
    }

    private static HikariDataSource pool(String url, int size) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(size);
        return dataSource;
    }
}
