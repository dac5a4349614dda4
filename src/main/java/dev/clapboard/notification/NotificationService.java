package dev.clapboard.notification;

import dev.clapboard.notification.domain.Notification;
import dev.clapboard.notification.domain.NotificationPreference;
import dev.clapboard.notification.domain.NotificationPreferenceRepository;
import dev.clapboard.notification.domain.NotificationRepository;
import dev.clapboard.security.CurrentUser;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in member's own notifications and e-mail choices. Every query names the member as recipient and
 * the tenant filter names the workspace, so nobody reaches another member's or workspace's notifications.
 *
 * @see <a href="../../../../../../docs/decisions/0011-notification-centre.md">0011 Notification centre</a>
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final NotificationBroadcaster broadcaster;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NotificationPreferenceRepository preferences,
            NotificationBroadcaster broadcaster, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** My notifications, newest first. */
    public Page<NotificationEntry> mine(Pageable pageable) {
        return notifications.findByRecipientAccountIdOrderByCreatedAtDescIdDesc(me(), pageable)
                .map(NotificationService::entry);
    }

    /** The notifications {@code accountId} received in this workspace, newest first (their data export). */
    @PreAuthorize("hasRole('ADMIN') or #accountId == principal.accountId()")
    public Page<NotificationEntry> receivedBy(long accountId, Pageable pageable) {
        return notifications.findByRecipientAccountIdOrderByCreatedAtDescIdDesc(accountId, pageable)
                .map(NotificationService::entry);
    }

    /** The e-mail choices {@code accountId} made in this workspace (kinds left at their default are absent). */
    @PreAuthorize("hasRole('ADMIN') or #accountId == principal.accountId()")
    public Map<NotificationKind, Boolean> emailChoicesOf(long accountId) {
        var choices = new EnumMap<NotificationKind, Boolean>(NotificationKind.class);
        preferences.findByAccountId(accountId).forEach(p -> choices.put(NotificationKind.valueOf(p.getKind()),
                p.isEmail()));
        return choices;
    }

    public long unreadCount() {
        return notifications.countByRecipientAccountIdAndReadAtIsNull(me());
    }

    /**
     * Marks one of my notifications read.
     *
     * @throws NotificationNotFoundException when it is not mine (or does not exist)
     */
    @Transactional
    public void markRead(long notificationId) {
        notifications.findByIdAndRecipientAccountId(notificationId, me())
                .orElseThrow(NotificationNotFoundException::new).markRead(clock.instant());
        announceCount();
    }

    @Transactional
    public void markAllRead() {
        // entity by entity, so the tenant filter applies: an account may be member of several workspaces
        var now = clock.instant();
        notifications.findByRecipientAccountIdAndReadAtIsNull(me()).forEach(n -> n.markRead(now));
        announceCount();
    }

    /** Which kinds also reach me by e-mail: my choices, the kind's default where I made none. */
    public Map<NotificationKind, Boolean> emailChoices() {
        var choices = new EnumMap<NotificationKind, Boolean>(NotificationKind.class);
        for (var kind : NotificationKind.values()) {
            choices.put(kind, kind.emailByDefault());
        }
        preferences.findByAccountId(me()).forEach(p -> choices.computeIfPresent(NotificationKind.valueOf(p.getKind()),
                (kind, byDefault) -> p.isEmail()));
        return choices;
    }

    @Transactional
    public void chooseEmail(NotificationKind kind, boolean email) {
        preferences.findByAccountIdAndKind(me(), kind.name()).ifPresentOrElse(p -> p.setEmail(email),
                () -> preferences.save(new NotificationPreference(me(), kind.name(), email)));
    }

    private void announceCount() {
        var user = currentUser.require();
        var count = notifications.countByRecipientAccountIdAndReadAtIsNull(user.accountId());
        broadcaster.afterCommit(user.workspaceId(), user.accountId(), count);
    }

    private long me() {
        return currentUser.require().accountId();
    }

    static NotificationEntry entry(Notification n) {
        return new NotificationEntry(n.getId(), NotificationKind.valueOf(n.getKind()), n.getText(), n.getLink(),
                n.getCreatedAt(), n.getReadAt() != null);
    }
}
