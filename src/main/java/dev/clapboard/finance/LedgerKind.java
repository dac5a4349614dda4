package dev.clapboard.finance;

/**
 * What a ledger entry records. A RESERVATION is open until an ACTUAL (the charge, which replaces it) or a
 * RELEASE (failure, cancellation) exists for the same generation; MANUAL entries are other costs.
 */
public enum LedgerKind {
    RESERVATION, ACTUAL, RELEASE, MANUAL
}
