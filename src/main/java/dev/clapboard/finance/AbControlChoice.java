package dev.clapboard.finance;

import org.jspecify.annotations.Nullable;

/**
 * A campaign's A/B control: a variant (generation id), a static asset (its name), or neither, when the first
 * variant with results is the control.
 */
public record AbControlChoice(@Nullable Long generationId, @Nullable String staticLabel) {

    public static final AbControlChoice FIRST_VARIANT = new AbControlChoice(null, null);

    public boolean isStatic() {
        return staticLabel != null;
    }
}
