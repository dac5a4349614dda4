package dev.clapboard.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account (e-mail as typed) and per client address in token buckets: 5 failures per
 * account and 20 per address, each refilling over 15 minutes. Only failures take tokens, so members who sign in
 * right are never slowed down, and a success resets only that account's bucket — never the address's, so one
 * good password cannot clear the way for guessing at other accounts. The buckets live in memory: each node of a
 * cluster counts on its own (see docs/decisions/0012-account-security.md).
 */
@Component
public class LoginThrottle {

    static final int ACCOUNT_FAILURES = 5;
    static final int ADDRESS_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Buckets that are full again tell nothing; past this many entries they are dropped. */
    private static final int PRUNE_ABOVE = 10_000;

    private final TimeMeter time;
    private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                var now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** How long the caller must wait before trying this account from this address, or empty when they may try. */
    public Optional<Duration> waitBefore(String email, String address) {
        long nanos = Math.max(waitNanos(accounts.get(key(email))), waitNanos(addresses.get(address)));
        return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    /** A wrong password or unknown e-mail; sign-ins without a web request (tests, tools) count for the account only. */
    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        var authentication = event.getAuthentication();
        bucket(accounts, key(authentication.getName()), ACCOUNT_FAILURES).tryConsume(1);
        if (authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            bucket(addresses, web.getRemoteAddress(), ADDRESS_FAILURES).tryConsume(1);
        }
    }

    /**
     * A wrong two-factor code after a right password: counts like a wrong password. The right password did not
     * clear the account's bucket (nobody was signed in yet), so guessing codes runs into the same limit.
     */
    public void secondFactorFailed(String email, String address) {
        bucket(accounts, key(email), ACCOUNT_FAILURES).tryConsume(1);
        bucket(addresses, address, ADDRESS_FAILURES).tryConsume(1);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ClapboardUser user) {
            accounts.remove(key(user.email()));
        }
    }

    private static long waitNanos(@Nullable Bucket bucket) {
        if (bucket == null) {
            return 0;
        }
        var probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= capacity);
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, WINDOW))
                .withCustomTimePrecision(time).build());
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
