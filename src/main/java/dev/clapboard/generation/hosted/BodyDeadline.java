package dev.clapboard.generation.hosted;

import dev.clapboard.generation.provider.ProviderException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A response body with a time limit per read (the provider must send something every {@code idle}) and for
 * the whole body. A watchdog closes the stream when a read overruns, which wakes the blocked reader of the
 * JDK client's body stream; the reader then throws a retryable {@code timeout} {@link ProviderException}.
 */
final class BodyDeadline extends FilterInputStream {

    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private final Duration idle;
    private final long deadlineNanos;
    private final String providerName;
    private volatile boolean expired;

    BodyDeadline(InputStream body, Duration idle, Duration wholeBody, String providerName) {
        super(body);
        this.idle = idle;
        this.deadlineNanos = System.nanoTime() + wholeBody.toNanos();
        this.providerName = providerName;
    }

    @Override
    public int read() throws IOException {
        var watch = arm();
        try {
            return super.read();
        } catch (IOException e) {
            if (expired) {
                throw timeout();
            }
            throw e;
        } finally {
            watch.cancel(false);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        var watch = arm();
        try {
            return super.read(buffer, offset, length);
        } catch (IOException e) {
            if (expired) {
                throw timeout();
            }
            throw e;
        } finally {
            watch.cancel(false);
        }
    }

    private ScheduledFuture<?> arm() {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            expire();
            throw timeout();
        }
        return WATCHDOG.schedule(this::expire, Math.min(left, idle.toNanos()), TimeUnit.NANOSECONDS);
    }

    private void expire() {
        expired = true;
        try {
            in.close();
        } catch (IOException ignored) {
            // the reader is told by the timeout, not by how closing went
        }
    }

    private ProviderException timeout() {
        return new ProviderException(true, "timeout", providerName
                + " stopped sending its answer part-way (no data within " + readable(idle)
                + ", or the whole answer took too long)", null);
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        var executor = new ScheduledThreadPoolExecutor(1, run -> {
            var thread = new Thread(run, "hosted-body-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        // one timer per read: a large download cancels thousands, which must not pile up until they are due
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    private static String readable(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
