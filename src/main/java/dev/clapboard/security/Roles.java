package dev.clapboard.security;

import java.util.List;
import java.util.Set;

/**
 * Every role name in one place, used by views ({@code @RolesAllowed}) and services ({@code @PreAuthorize}).
 * A higher role includes the ones below it: ADMIN includes MANAGER; MANAGER includes CREATOR and REVIEWER.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String MANAGER = "MANAGER";
    public static final String CREATOR = "CREATOR";
    public static final String REVIEWER = "REVIEWER";
    /** Granted only to background work that acts for a workspace (jobs, seeders), never to a person. */
    public static final String SYSTEM = "SYSTEM";

    /** The roles a person can hold in a workspace, highest first. */
    public static final List<String> MEMBER_ROLES = List.of(ADMIN, MANAGER, CREATOR, REVIEWER);

    private Roles() {
    }

    /** The role itself and every role it includes. */
    public static Set<String> includedIn(String role) {
        return switch (role) {
            case ADMIN -> Set.of(ADMIN, MANAGER, CREATOR, REVIEWER);
            case MANAGER -> Set.of(MANAGER, CREATOR, REVIEWER);
            case CREATOR -> Set.of(CREATOR);
            case REVIEWER -> Set.of(REVIEWER);
            case SYSTEM -> Set.of(SYSTEM, ADMIN, MANAGER, CREATOR, REVIEWER);
            default -> throw new IllegalArgumentException("Unknown role: " + role);
        };
    }
}
