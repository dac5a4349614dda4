package dev.clapboard.security;

import java.io.Serializable;

/** A workspace the signed-in account belongs to, and its role there. */
public record WorkspaceSeat(long workspaceId, String workspaceName, String role) implements Serializable {
}
