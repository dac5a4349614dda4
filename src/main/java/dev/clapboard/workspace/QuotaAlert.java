package dev.clapboard.workspace;

/** A member's monthly generation spend reached 80 % or 100 % of their quota (sent once per level and month). */
public record QuotaAlert(long workspaceId, String workspaceName, String email, String displayName, int percent,
        String usage) {
}
