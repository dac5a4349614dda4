/**
 * Who is signed in and what they may do: Spring Security set-up, login, role names, the current member
 * and the tenant (workspace) every query runs in.
 */
@NullMarked
package dev.clapboard.security;

import org.jspecify.annotations.NullMarked;
