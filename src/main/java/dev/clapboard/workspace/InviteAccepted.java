package dev.clapboard.workspace;

/** Someone accepted an invite and is now a member; the inviter is told. */
public record InviteAccepted(long workspaceId, String workspaceName, String inviterEmail, String inviterName,
        String memberName, String memberEmail, String role, long memberAccountId) {
}
