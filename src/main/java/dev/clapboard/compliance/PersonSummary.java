package dev.clapboard.compliance;

import org.jspecify.annotations.Nullable;

/**
 * A person of the register as lists show them; {@code consentState} is a short line such as "Active consent"
 * or "No consent".
 */
public record PersonSummary(long id, String name, boolean adult, @Nullable String notes,
        @Nullable String referenceFileName, @Nullable String referenceType, String consentState) {

    public PersonDraft toDraft() {
        return new PersonDraft(name, adult, notes);
    }
}
