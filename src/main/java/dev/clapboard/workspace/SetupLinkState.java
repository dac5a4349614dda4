package dev.clapboard.workspace;

/** What a first-run setup link is worth right now. */
public enum SetupLinkState {
    /** The link is the current one and no workspace exists yet. */
    OPEN,
    /** Setup is done: the link has been used, or a workspace existed already. */
    USED,
    /** Not a link this server handed out. */
    UNKNOWN
}
