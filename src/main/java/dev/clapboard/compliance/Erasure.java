package dev.clapboard.compliance;

import java.time.LocalDate;

/**
 * What erasing a person did: their pseudonym, whether a reference file was deleted, how many consents were
 * revoked and how many videos are now flagged; the consent records stay as evidence and are pseudonymised on
 * {@code pseudonymiseConsentsOn}.
 */
public record Erasure(long personId, String pseudonym, boolean referenceDeleted, int revokedConsents,
        int flaggedVideos, int consentRecordsKept, LocalDate pseudonymiseConsentsOn) {
}
