package dev.clapboard.workspace;

/** An admin gave a member another role; published inside the changing transaction. */
public record MemberRoleChanged(long workspaceId, long accountId, String previousRole, String newRole,
        long changedByAccountId, String changedByName) {
}
