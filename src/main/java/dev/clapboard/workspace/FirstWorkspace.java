package dev.clapboard.workspace;

/** What the first person on a fresh install enters to create the workspace and its admin. */
public record FirstWorkspace(String workspaceName, String adminName, String email, String password) {
}
