package dev.clapboard.api;

import dev.clapboard.api.domain.OutgoingWebhook;
import dev.clapboard.api.domain.OutgoingWebhookRepository;
import dev.clapboard.api.domain.WebhookAttemptRepository;
import dev.clapboard.api.domain.WebhookMessage;
import dev.clapboard.api.domain.WebhookMessageRepository;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workspace's outgoing webhook endpoints and their delivery log; admins only. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class WebhookService {

    private final OutgoingWebhookRepository webhooks;
    private final WebhookMessageRepository messages;
    private final WebhookAttemptRepository attempts;
    private final WebhookOutbox outbox;
    private final Clock clock;

    WebhookService(OutgoingWebhookRepository webhooks, WebhookMessageRepository messages,
            WebhookAttemptRepository attempts, WebhookOutbox outbox, Clock clock) {
        this.webhooks = webhooks;
        this.messages = messages;
        this.attempts = attempts;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Page<WebhookSummary> list(Pageable pageable) {
        return webhooks.findByEnabledTrueOrderByCreatedAtDescIdDesc(pageable).map(WebhookService::summary);
    }

    /**
     * Adds an endpoint and returns its signing secret, shown this once.
     *
     * @throws WebhookRefusedException naming the field: an invalid URL, one on a private network that is not
     *         allowed, or no events; nothing is saved then
     */
    @Transactional
    public NewWebhook create(WebhookDraft draft) {
        var url = draft.url().strip();
        if (url.isEmpty()) {
            throw new WebhookRefusedException("url", "Enter the URL deliveries are posted to.");
        }
        if (url.length() > WebhookDraft.URL_MAX_LENGTH) {
            throw new WebhookRefusedException("url", "Keep the URL within " + WebhookDraft.URL_MAX_LENGTH
                    + " characters.");
        }
        NetworkGuard.refusal(url, draft.allowPrivateNetwork()).ifPresent(reason -> {
            throw new WebhookRefusedException("url", reason);
        });
        if (draft.events().isEmpty()) {
            throw new WebhookRefusedException("events", "Choose at least one event.");
        }
        var secret = WebhookSignature.newSecret();
        var events = EnumSet.copyOf(draft.events()).stream().map(WebhookEvent::type).collect(Collectors.joining(" "));
        var webhook = webhooks.save(new OutgoingWebhook(url, secret, events, draft.allowPrivateNetwork(),
                clock.instant()));
        return new NewWebhook(summary(webhook), secret);
    }

    /** Stops deliveries to the endpoint; its log stays. */
    @Transactional
    public void remove(long webhookId) {
        webhook(webhookId).disable();
    }

    /** The endpoint's deliveries, newest first, each with its attempts. */
    public Page<WebhookDelivery> deliveries(long webhookId, Pageable pageable) {
        webhook(webhookId);
        return messages.findByWebhookIdOrderByCreatedAtDescIdDesc(webhookId, pageable).map(this::delivery);
    }

    /** Sends the same message (same id, same payload, newly signed) once more now. */
    @Transactional
    public void redeliver(long deliveryId) {
        outbox.redeliver(messages.findById(deliveryId)
                .orElseThrow(() -> new IllegalArgumentException("There is no such delivery.")));
    }

    private OutgoingWebhook webhook(long webhookId) {
        return webhooks.findById(webhookId).filter(OutgoingWebhook::isEnabled)
                .orElseThrow(() -> new IllegalArgumentException("There is no such webhook."));
    }

    private WebhookDelivery delivery(WebhookMessage m) {
        return new WebhookDelivery(m.getId(), m.getMessageId(), WebhookEvent.of(m.getEventType()).orElseThrow(),
                m.getStatus(), m.getAttempts(), m.getLastStatus(), m.getLastError(), m.getCreatedAt(),
                m.getNextAttemptAt(), m.getDeliveredAt(), attempts.findByMessageIdOrderByAttemptAsc(m.getId()).stream()
                        .map(a -> new WebhookDelivery.Attempt(a.getAttempt(), a.getAttemptedAt(), a.getStatusCode(),
                                a.getError(), a.getDurationMs()))
                        .toList());
    }

    private static WebhookSummary summary(OutgoingWebhook w) {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(w.getEvents().split(" ")).map(WebhookEvent::of).forEach(e -> e.ifPresent(events::add));
        return new WebhookSummary(w.getId(), w.getUrl(), events, w.isAllowPrivate(), w.isEnabled(), w.getCreatedAt());
    }
}
