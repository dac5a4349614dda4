package dev.clapboard.workspace;

/**
 * The signed-in member's two-factor sign-in: whether it is on, how many recovery codes are left, and whether
 * their workspace makes them set it up before anything else (admins, when the workspace requires it).
 */
public record TwoFactorStatus(boolean on, long recoveryCodesLeft, boolean setupRequired) {
}
