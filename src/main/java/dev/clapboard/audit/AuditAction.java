package dev.clapboard.audit;

/** What an audit entry records. Stored by name: add new actions at will, never rename one. */
public enum AuditAction {
    SIGNED_IN("Signed in"),
    INVITE_SENT("Invite sent"),
    INVITE_ACCEPTED("Invite accepted"),
    ROLE_CHANGED("Role changed"),
    PROMPT_VERSION_SAVED("Prompt version saved"),
    GENERATION_REQUESTED("Generation requested"),
    REVIEW_DECIDED("Review decision"),
    BUDGET_OVERRIDDEN("Budget override"),
    LABELLED_EXPORT("Labelled export"),
    COMPLIANCE_EXPORT("Compliance export"),
    CONSENT_REQUESTED("Consent requested"),
    CONSENT_GRANTED("Consent granted"),
    CONSENT_REVOKED("Consent revoked"),
    PERSON_ERASED("Person erased"),
    MODERATION_RELEASED("Moderation release"),
    API_CALL("API call"),
    TWO_FACTOR_RESET("Two-factor sign-in reset");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
