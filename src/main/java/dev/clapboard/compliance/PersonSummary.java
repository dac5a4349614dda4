package dev.clapboard.compliance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person of the register as lists show them; {@code consentState} is a short line such as "Active consent"
 * or "No consent". An erased person ({@code erasedAt} set) is shown by a pseudonym only.
 */
public record PersonSummary(long id, String name, boolean adult, @Nullable String notes,
        @Nullable String referenceFileName, @Nullable String referenceType, String consentState,
        @Nullable Instant erasedAt) {

    public boolean erased() {
        return erasedAt != null;
    }

    public PersonDraft toDraft() {
        return new PersonDraft(name, adult, notes);
    }
}
