package dev.clapboard.workspace.domain;

/** Where an invite stands. An expired invite is still PENDING: it can be resent (new link) or revoked. */
public enum InviteStatus {
    PENDING,
    ACCEPTED,
    REVOKED
}
