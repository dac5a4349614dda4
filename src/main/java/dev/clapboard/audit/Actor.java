package dev.clapboard.audit;

import org.jspecify.annotations.Nullable;

/** Who did something: a member (account id and name at the time) or the system (no account). */
public record Actor(@Nullable Long accountId, String name) {

    public static final Actor SYSTEM = new Actor(null, "system");

    public static Actor member(long accountId, String name) {
        return new Actor(accountId, name);
    }
}
