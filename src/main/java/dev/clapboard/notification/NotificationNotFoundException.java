package dev.clapboard.notification;

/** The notification does not exist or belongs to someone else; both look the same to the caller. */
public class NotificationNotFoundException extends RuntimeException {

    public NotificationNotFoundException() {
        super("That notification does not exist.");
    }
}
