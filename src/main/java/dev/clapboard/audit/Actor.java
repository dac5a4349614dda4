package dev.clapboard.audit;

import org.jspecify.annotations.Nullable;

/** Who did something: a member (account id and name at the time) or the system (no account). */
public record Actor(@Nullable Long accountId, String name) {

    public static final Actor SYSTEM = new Actor(null, "system");

    public static Actor member(long accountId, String name) {
        return new Actor(accountId, name);
    }

    /**
     * Someone known by name only: an API token, a person confirming or revoking their consent by link, or a
     * manager named by an event that carries no account id. The admin view files them under "system" (no member).
     */
    public static Actor named(String name) {
        return new Actor(null, name);
    }
}
