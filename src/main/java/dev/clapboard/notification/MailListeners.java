package dev.clapboard.notification;

import dev.clapboard.workspace.InviteAccepted;
import dev.clapboard.workspace.InviteSent;
import dev.clapboard.workspace.PasswordResetRequested;
import dev.clapboard.workspace.QuotaAlert;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns other features' events into e-mail. Each listener runs after the publishing transaction committed,
 * on another thread: the user's action neither waits for the mail server nor rolls back when it fails.
 * News for members (mentions, decisions, budgets) goes through {@link NotificationListeners}, which mails only
 * members who chose e-mail for it.
 */
@Component
class MailListeners {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final MailTemplates templates;
    private final Outbox outbox;

    MailListeners(MailTemplates templates, Outbox outbox) {
        this.templates = templates;
        this.outbox = outbox;
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(InviteSent event) {
        var mail = templates.render("invite", "{{inviterName}} invited you to {{workspaceName}} on Clapboard", Map.of(
                "inviterName", event.inviterName(), "workspaceName", event.workspaceName(),
                "role", roleName(event.role()), "acceptLink", event.acceptLink(),
                "expiresAt", EXPIRY.format(event.expiresAt())));
        outbox.post(event.workspaceId(), "INVITE", event.email(), mail);
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(InviteAccepted event) {
        var mail = templates.render("invite-accepted", "{{memberName}} joined {{workspaceName}}", Map.of(
                "inviterName", event.inviterName(), "memberName", event.memberName(),
                "memberEmail", event.memberEmail(), "workspaceName", event.workspaceName(),
                "role", roleName(event.role())));
        outbox.post(event.workspaceId(), "INVITE_ACCEPTED", event.inviterEmail(), mail);
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(QuotaAlert event) {
        var subject = event.percent() >= 100 ? "Your generation quota in {{workspaceName}} is used up"
                : "You have used 80 % of your generation quota in {{workspaceName}}";
        var mail = templates.render("quota-" + (event.percent() >= 100 ? 100 : 80), subject, Map.of(
                "displayName", event.displayName(), "workspaceName", event.workspaceName(), "usage", event.usage()));
        outbox.post(event.workspaceId(), "QUOTA_" + event.percent(), event.email(), mail);
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(PasswordResetRequested event) {
        var mail = templates.render("password-reset", "Reset your Clapboard password", Map.of(
                "displayName", event.displayName(), "resetLink", event.resetLink(),
                "expiresAt", EXPIRY.format(event.expiresAt())));
        outbox.post(event.workspaceId(), "PASSWORD_RESET", event.email(), mail);
    }

    private static String roleName(String role) {
        var lower = role.toLowerCase(Locale.ROOT);
        return (lower.startsWith("a") ? "an " : "a ") + lower;
    }
}
