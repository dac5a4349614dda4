package dev.clapboard.compliance;

import org.jspecify.annotations.Nullable;

/** What a manager enters for a person in the register. */
public record PersonDraft(String name, boolean adult, @Nullable String notes) {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int NOTES_MAX_LENGTH = 2000;
}
