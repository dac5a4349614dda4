package dev.clapboard.workspace;

/** An admin turned off a member's two-factor sign-in (lost phone); published inside the resetting transaction. */
public record TwoFactorReset(long workspaceId, long accountId, long resetByAccountId, String resetByName) {
}
