package dev.clapboard.compliance;

/** A compliance action refused with a message for the user; {@code field} names the input it is about. */
public class ComplianceRefusedException extends RuntimeException {

    public static final String NAME = "name";
    public static final String NOTES = "notes";
    public static final String FILE = "file";
    public static final String CAMPAIGNS = "campaigns";
    public static final String CHANNELS = "channels";
    public static final String VALID_UNTIL = "validUntil";
    public static final String GUARDIAN = "guardian";
    public static final String DAYS = "days";
    public static final String PEOPLE = "people";
    public static final String CONFIRMATION = "confirmation";
    public static final String RECORD = "record";

    private final String field;

    public ComplianceRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
