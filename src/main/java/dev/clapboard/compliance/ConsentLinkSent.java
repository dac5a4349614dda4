package dev.clapboard.compliance;

import java.time.Instant;

/** A consent request by link: the record awaiting confirmation and the link to give the person (shown once). */
public record ConsentLinkSent(ConsentRecord record, String url, Instant expiresAt) {
}
