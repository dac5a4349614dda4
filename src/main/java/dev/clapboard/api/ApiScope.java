package dev.clapboard.api;

import dev.clapboard.security.Roles;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/** What an API token may do. Each call checks its scope; the services behind it check the role as for members. */
public enum ApiScope {
    CAMPAIGNS_READ("campaigns:read", "Read campaigns, cards and generations"),
    CAMPAIGNS_WRITE("campaigns:write", "Create and change campaigns and cards, save prompt versions"),
    GENERATIONS_WRITE("generations:write", "Save prompt versions, request generations and follow them"),
    MEDIA_READ("media:read", "Download videos and thumbnails"),
    REPORTS_READ("reports:read", "Read campaign ROI reports");

    private final String value;
    private final String description;

    ApiScope(String value, String description) {
        this.value = value;
        this.description = description;
    }

    public String value() {
        return value;
    }

    public String description() {
        return description;
    }

    /** The Spring Security authority a call with this scope carries, e.g. {@code SCOPE_campaigns:read}. */
    public String authority() {
        return "SCOPE_" + value;
    }

    public static Optional<ApiScope> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }

    /**
     * The workspace role a token's calls act with: the lowest role the services need for its scopes. Creating
     * and editing campaigns and reading ROI reports need a manager; generations and prompts a creator; a
     * read-only token acts as a reviewer.
     */
    public static String roleFor(Collection<ApiScope> scopes) {
        if (scopes.contains(CAMPAIGNS_WRITE) || scopes.contains(REPORTS_READ)) {
            return Roles.MANAGER;
        }
        if (scopes.contains(GENERATIONS_WRITE)) {
            return Roles.CREATOR;
        }
        return Roles.REVIEWER;
    }
}
