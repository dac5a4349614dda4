package dev.clapboard.workspace;

/** Whom to invite, and with which role. */
public record NewInvite(String email, String role) {
}
