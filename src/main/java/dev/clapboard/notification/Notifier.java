package dev.clapboard.notification;

import dev.clapboard.notification.domain.Notification;
import dev.clapboard.notification.domain.NotificationPreferenceRepository;
import dev.clapboard.notification.domain.NotificationRepository;
import dev.clapboard.security.SystemActor;
import dev.clapboard.workspace.Member;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers one piece of news to its recipients: an in-app notification each (stored in one transaction), an
 * e-mail to those who chose e-mail for its kind (through the outbox, after the rows are stored), and the new
 * unread count to their open bells.
 */
@Component
class Notifier {

    /** What to tell: {@code link} is an app route such as {@code review/42}. */
    record News(NotificationKind kind, String text, String link, String subject) {
    }

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final NotificationBroadcaster broadcaster;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String baseUrl;

    Notifier(NotificationRepository notifications, NotificationPreferenceRepository preferences,
            NotificationBroadcaster broadcaster, MailTemplates templates, Outbox outbox, TransactionTemplate transaction,
            Clock clock, @Value("${clapboard.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.broadcaster = broadcaster;
        this.templates = templates;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Tells {@code recipients} the news, with the generic e-mail. Call from a listener, without a member. */
    void tell(long workspaceId, Collection<Member> recipients, News news) {
        tell(workspaceId, recipients, news, member -> templates.render("notification", news.subject(), Map.of(
                "name", member.displayName(), "text", news.text(), "link", url(news.link()),
                "kind", news.kind().label(), "settingsLink", url("notifications/settings"))));
    }

    /** Tells {@code recipients} the news, with an e-mail of its own for those who want one. */
    void tell(long workspaceId, Collection<Member> recipients, News news,
            Function<Member, MailTemplates.Rendered> mail) {
        if (recipients.isEmpty()) {
            return;
        }
        SystemActor.runInWorkspace(workspaceId, () -> {
            List<Member> byMail = transaction.execute(status -> store(workspaceId, recipients, news));
            for (var member : byMail == null ? List.<Member>of() : byMail) {
                outbox.post(workspaceId, news.kind().name(), member.email(), mail.apply(member));
            }
        });
    }

    /** Stores one notification per recipient and returns those who want it by e-mail too. */
    private List<Member> store(long workspaceId, Collection<Member> recipients, News news) {
        var now = clock.instant();
        var byMail = new ArrayList<Member>();
        for (var member : recipients) {
            notifications.save(new Notification(member.accountId(), news.kind().name(), news.text(), news.link(), now));
            if (wantsEmail(member.accountId(), news.kind())) {
                byMail.add(member);
            }
            broadcaster.afterCommit(workspaceId, member.accountId(),
                    notifications.countByRecipientAccountIdAndReadAtIsNull(member.accountId()));
        }
        return byMail;
    }

    private boolean wantsEmail(long accountId, NotificationKind kind) {
        return preferences.findByAccountIdAndKind(accountId, kind.name()).map(p -> p.isEmail())
                .orElse(kind.emailByDefault());
    }

    /** The absolute address of an app route, for e-mails. */
    String url(String route) {
        return baseUrl + "/" + route;
    }
}
