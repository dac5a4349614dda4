package dev.clapboard.workspace;

import java.util.Map;

/**
 * Published on every start of the demo profile once the demo workspace and its members exist, so other
 * features can add their demo data (idempotently) without reading this feature's tables.
 */
public record DemoWorkspaceReady(long workspaceId, Map<String, Long> accountIdByRole) {
}
