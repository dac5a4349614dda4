package dev.clapboard.compliance;

/**
 * Whether one person a video shows may be generated now: {@code explanation} names the consent that covers it,
 * or says exactly what is missing ("Anna Berg's consent covers Web but not TV").
 */
public record PersonClearance(long personId, String name, boolean cleared, String explanation) {
}
