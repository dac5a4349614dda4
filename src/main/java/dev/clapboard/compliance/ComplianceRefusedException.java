package dev.clapboard.compliance;

import dev.clapboard.base.FieldRefusedException;
import java.util.Objects;

/** A compliance action refused with a message for the user; {@code field} names the input it is about. */
public class ComplianceRefusedException extends FieldRefusedException {

    public static final String NAME = "name";
    public static final String NOTES = "notes";
    public static final String FILE = "file";
    public static final String CAMPAIGNS = "campaigns";
    public static final String CHANNELS = "channels";
    public static final String VALID_UNTIL = "validUntil";
    public static final String GUARDIAN = "guardian";
    public static final String GUARDIAN_RELATION = "guardianRelation";
    public static final String DAYS = "days";
    public static final String PEOPLE = "people";
    public static final String CONFIRMATION = "confirmation";
    public static final String RECORD = "record";

    public ComplianceRefusedException(String field, String message) {
        super(field, message);
    }

    /** Never null here: every refusal of this feature names its field. */
    @Override
    public String field() {
        return Objects.requireNonNull(super.field());
    }
}
