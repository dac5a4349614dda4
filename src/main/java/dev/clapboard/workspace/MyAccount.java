package dev.clapboard.workspace;

/** The signed-in member's own view of themselves: name, e-mail, role, and this month's quotas. */
public record MyAccount(String displayName, String email, String role, String workspaceName, QuotaUsage quota,
        QuotaUsage workspaceQuota) {
}
