/**
 * Workspaces (the tenants), accounts, memberships and their roles, sign-in lookup, workspace switching and
 * the first-run setup of a production install.
 */
@NullMarked
package dev.clapboard.workspace;

import org.jspecify.annotations.NullMarked;
