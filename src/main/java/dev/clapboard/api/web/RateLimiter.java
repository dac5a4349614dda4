package dev.clapboard.api.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per API token, in memory: {@code perMinute} calls a minute, refilled continuously, bursts up to
 * the same number. Per node: a cluster of n nodes allows up to n times as much (acceptable for abuse protection;
 * see decision 0013). A small bucket of our own rather than a library: it is twenty lines.
 */
@Component
class RateLimiter {

    private final int perMinute;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(@Value("${clapboard.api.rate-limit.per-minute:120}") int perMinute) {
        this.perMinute = perMinute;
    }

    /** Takes one call from the token's bucket: {@link Duration#ZERO} when allowed, else how long to wait. */
    Duration take(long tokenId) {
        return buckets.computeIfAbsent(tokenId, id -> new Bucket(perMinute)).take(System.nanoTime());
    }

    private static final class Bucket {

        private final double capacity;
        private final double perNano;
        private double tokens;
        private long refilledAt;

        Bucket(int perMinute) {
            this.capacity = perMinute;
            this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
            this.tokens = perMinute;
            this.refilledAt = System.nanoTime();
        }

        synchronized Duration take(long now) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
        }
    }
}
