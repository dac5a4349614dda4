package dev.clapboard.notification.domain;

/** PENDING until the first attempt ends; FAILED after a failed attempt (retried with backoff); SENT when done. */
public enum MailStatus {
    PENDING,
    SENT,
    FAILED
}
