package dev.clapboard.api;

import java.util.Set;

/**
 * An endpoint an admin adds: where to POST, which events, and whether it may be on a private network (loopback,
 * private, link-local ranges are refused unless allowed here, against server-side request forgery).
 */
public record WebhookDraft(String url, Set<WebhookEvent> events, boolean allowPrivateNetwork) {

    public static final int URL_MAX_LENGTH = 2000;
}
