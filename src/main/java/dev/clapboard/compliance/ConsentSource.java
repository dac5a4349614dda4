package dev.clapboard.compliance;

/** How consent was given: a signed declaration a manager uploaded, or the person's confirmation by link. */
public enum ConsentSource {
    UPLOADED_DECLARATION, CONFIRMED_BY_LINK
}
