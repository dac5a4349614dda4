package dev.clapboard.api;

import dev.clapboard.api.domain.OutgoingWebhookRepository;
import dev.clapboard.api.domain.WebhookAttempt;
import dev.clapboard.api.domain.WebhookAttemptRepository;
import dev.clapboard.api.domain.WebhookMessage;
import dev.clapboard.api.domain.WebhookMessageRepository;
import dev.clapboard.security.SystemActor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes one delivery attempt of a message and records it. Until an endpoint answers 2xx, attempts repeat after
 * {@code retry-base}, doubling each time (at most an hour apart), for 24 hours after the event; then the message
 * is given up (an admin can still redeliver it). The HTTP call runs outside any transaction.
 */
@Component
class WebhookSender {

    static final Duration WINDOW = Duration.ofHours(24);
    static final Duration MAX_DELAY = Duration.ofHours(1);

    private record Target(String url, String secret, boolean allowPrivate, String messageId, String payload) {
    }

    private record Answer(@Nullable Integer status, @Nullable String error) {
    }

    private final WebhookMessageRepository messages;
    private final OutgoingWebhookRepository webhooks;
    private final WebhookAttemptRepository attempts;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration retryBase;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookSender(WebhookMessageRepository messages, OutgoingWebhookRepository webhooks,
            WebhookAttemptRepository attempts, TransactionTemplate transaction, Clock clock,
            @Value("${clapboard.webhooks.retry-base:PT30S}") Duration retryBase) {
        this.messages = messages;
        this.webhooks = webhooks;
        this.attempts = attempts;
        this.transaction = transaction;
        this.clock = clock;
        this.retryBase = retryBase;
    }

    /** One attempt; returns when to try again, or null when the message is done (delivered or given up). */
    @Nullable Instant attempt(WebhookTask.Ref ref) {
        return SystemActor.callInWorkspace(ref.workspaceId(), () -> {
            var target = transaction.execute(status -> messages.findById(ref.messageId())
                    .filter(m -> WebhookMessage.PENDING.equals(m.getStatus()))
                    .flatMap(m -> webhooks.findById(m.getWebhookId()).filter(w -> w.isEnabled())
                            .map(w -> new Target(w.getUrl(), w.getSecret(), w.isAllowPrivate(), m.getMessageId(),
                                    m.getPayload())))
                    .orElse(null));
            if (target == null) {
                return null;
            }
            var started = clock.instant();
            var answer = send(target, started);
            var ended = clock.instant();
            return transaction.execute(status -> record(ref.messageId(), answer, started, ended));
        });
    }

    private Answer send(Target target, Instant now) {
        var refusal = NetworkGuard.refusal(target.url(), target.allowPrivate());
        if (refusal.isPresent()) {
            return new Answer(null, "Not sent: " + refusal.get());
        }
        long timestamp = now.getEpochSecond();
        var request = HttpRequest.newBuilder(URI.create(target.url().strip())).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .header("User-Agent", "Clapboard-Webhooks/1")
                .header("webhook-id", target.messageId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature",
                        WebhookSignature.sign(target.secret(), target.messageId(), timestamp, target.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(target.payload())).build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Answer(response.statusCode(), null);
        } catch (IOException e) {
            return new Answer(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, "Interrupted while sending");
        }
    }

    private @Nullable Instant record(long messageId, Answer answer, Instant started, Instant ended) {
        var message = messages.findById(messageId).orElseThrow();
        int attempt = message.getAttempts() + 1;
        attempts.save(new WebhookAttempt(messageId, attempt, started, answer.status(), answer.error(),
                Duration.between(started, ended).toMillis()));
        var delay = retryBase.multipliedBy(1L << Math.min(attempt - 1, 20));
        var next = ended.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
        var retry = next.isAfter(message.getCreatedAt().plus(WINDOW)) ? null : next;
        message.attempted(answer.status(), answer.error(), ended, retry);
        return WebhookMessage.PENDING.equals(message.getStatus()) ? retry : null;
    }
}
