package dev.clapboard.workspace;

/** What inviting did: sent a new invite, or sent the pending one again (same address invited twice). */
public enum InviteOutcome {
    SENT,
    RESENT
}
