package dev.clapboard.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Clapboard node in a JVM of its own (the test's class path, {@link TwoNodes}' settings), so a test can kill it
 * the way a crash or {@code kill -9} would: {@link #kill()} destroys the process at once; no shutdown hook, no
 * finished transaction, no last heartbeat. Its output goes to {@code target/node-<name>.log}.
 */
public final class NodeProcess implements AutoCloseable {

    private static final String READY = "CLAPBOARD NODE READY";

    private final Process process;
    private final Path log;

    private NodeProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts a node named {@code name} on the database at {@code url} with {@code extraSources} and waits until
     * its context is up. {@code systemProperties} ({@code name=value}) tune test beans inside that JVM.
     */
    public static NodeProcess start(String url, String name, List<Class<?>> extraSources, String... systemProperties)
            throws IOException, InterruptedException {
        var log = Path.of("target", "node-" + name + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1"));
        Arrays.stream(systemProperties).map(property -> "-D" + property).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), NodeProcess.class.getName(), url, name,
                extraSources.stream().map(Class::getName).collect(Collectors.joining(","))));
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var node = new NodeProcess(process, log);
        node.awaitReady(Duration.ofMinutes(4));
        return node;
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node process ended with " + process.exitValue() + ", see " + log);
            }
            if (Files.exists(log) && Files.readString(log).contains(READY)) {
                return;
            }
            Thread.sleep(250);
        }
        kill();
        throw new IllegalStateException("Node process did not start in " + timeout + ", see " + log);
    }

    /** Ends the process at once (SIGKILL on Unix), as a crash would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    /** Entry point of the child JVM: database URL, node name, comma-separated extra source classes. */
    public static void main(String[] args) throws ClassNotFoundException {
        var sources = new ArrayList<Class<?>>();
        for (var className : args[2].split(",")) {
            if (!className.isBlank()) {
                sources.add(Class.forName(className));
            }
        }
        TwoNodes.node(args[0], args[1], sources);
        System.out.println(READY);
    }
}
