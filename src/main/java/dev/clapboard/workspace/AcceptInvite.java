package dev.clapboard.workspace;

/**
 * What the invitee enters: a name and a new password, or, when the e-mail already has an account, only that
 * account's current password (the name is then ignored).
 */
public record AcceptInvite(String name, String password) {
}
