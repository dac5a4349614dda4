package dev.clapboard.security;

/** Moves the signed-in member into another workspace they belong to. Implemented by the workspace feature. */
public interface WorkspaceSwitcher {

    /** @throws org.springframework.security.access.AccessDeniedException if the member has no seat there */
    void switchTo(long workspaceId);
}
