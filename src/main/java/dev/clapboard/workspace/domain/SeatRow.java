package dev.clapboard.workspace.domain;

public record SeatRow(long workspaceId, String workspaceName, String role, boolean enabled) {
}
