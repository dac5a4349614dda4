package dev.clapboard.workspace;

/** A member signed in to a workspace (the login form or a sign-in right after accepting an invite). */
public record MemberSignedIn(long workspaceId, long accountId, String displayName) {
}
