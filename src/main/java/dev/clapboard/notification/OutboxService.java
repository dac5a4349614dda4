package dev.clapboard.notification;

import dev.clapboard.notification.domain.MailMessage;
import dev.clapboard.notification.domain.MailMessageRepository;
import dev.clapboard.security.CurrentUser;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current workspace's e-mail as sent (or tried), newest first. Admins only: messages hold invite links. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class OutboxService {

    private final MailMessageRepository messages;
    private final Outbox outbox;
    private final CurrentUser currentUser;

    OutboxService(MailMessageRepository messages, Outbox outbox, CurrentUser currentUser) {
        this.messages = messages;
        this.outbox = outbox;
        this.currentUser = currentUser;
    }

    public Page<OutboxEntry> list(Pageable pageable) {
        return messages.findAllByOrderByCreatedAtDescIdDesc(pageable).map(OutboxService::entry);
    }

    public Optional<OutboxMessage> find(long id) {
        return messages.findById(id).map(m -> new OutboxMessage(entry(m), m.getTextBody(), m.getHtmlBody()));
    }

    /** Tries an unsent message again now; true when it went out. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public boolean sendNow(long id) {
        var workspaceId = currentUser.require().workspaceId();
        return messages.findById(id).filter(m -> !entry(m).sent()).map(m -> outbox.sendNow(workspaceId, m.getId()))
                .orElse(false);
    }

    private static OutboxEntry entry(MailMessage m) {
        return new OutboxEntry(m.getId(), m.getCreatedAt(), m.getKind(), m.getRecipient(), m.getSubject(),
                m.getStatus().name(), m.getAttempts(), m.getLastError(), m.getSentAt());
    }
}
