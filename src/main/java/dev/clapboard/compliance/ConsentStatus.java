package dev.clapboard.compliance;

/** Where a consent record stands: only an ACTIVE one can let a generation through. */
public enum ConsentStatus {
    /** Sent to the person by link; not valid until they confirm it. */
    AWAITING_CONFIRMATION,
    ACTIVE,
    REVOKED
}
