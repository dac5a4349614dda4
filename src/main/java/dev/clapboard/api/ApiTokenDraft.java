package dev.clapboard.api;

import java.util.Set;

/** What an admin fills in for a new token: a name to recognise it by, its scopes, and how many days it is valid. */
public record ApiTokenDraft(String name, Set<ApiScope> scopes, int validDays) {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int MAX_VALID_DAYS = 366;
}
