package dev.clapboard.review;

/** A review action refused with a message for the user; {@code field} names the input it is about. */
public class ReviewRefusedException extends RuntimeException {

    public static final String BODY = "body";
    public static final String AT = "at";
    public static final String UNTIL = "until";
    public static final String NOTE = "note";
    public static final String VIDEO = "video";

    private final String field;

    public ReviewRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
