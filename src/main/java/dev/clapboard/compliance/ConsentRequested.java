package dev.clapboard.compliance;

import java.time.Instant;

/** A manager sent a person a link to confirm a consent; the consent is not valid until they do. */
public record ConsentRequested(long workspaceId, long personId, String personName, long consentId,
        String requestedBy, Instant expiresAt, Instant at) {
}
