package dev.clapboard.notification;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import dev.clapboard.base.ClusterReceiver;
import dev.clapboard.base.ClusterRelay;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every open bell of a member their new unread count as soon as it changes (server push). With several
 * nodes on PostgreSQL the count also travels through the {@link ClusterRelay} to bells open on other nodes.
 */
@Component
public class NotificationBroadcaster implements ClusterReceiver<NotificationBroadcaster.UnreadCount> {

    /** A member's new unread count, as it travels between nodes. */
    public record UnreadCount(long workspaceId, long accountId, long unread) {
    }

    private record Key(long workspaceId, long accountId) {
    }

    private record Listener(UI ui, LongConsumer onCount) {
    }

    private final Map<Key, List<Listener>> bells = new ConcurrentHashMap<>();
    private final Executor delivery = Executors.newVirtualThreadPerTaskExecutor();
    private final ObjectProvider<ClusterRelay> relay;

    NotificationBroadcaster(ObjectProvider<ClusterRelay> relay) {
        this.relay = relay;
    }

    /** Registers an open bell; remove the registration when the bell detaches. */
    public Registration register(long workspaceId, long accountId, UI ui, LongConsumer onCount) {
        var key = new Key(workspaceId, accountId);
        var listener = new Listener(ui, onCount);
        bells.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> bells.computeIfPresent(key, (k, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** Announces {@code unread} once the current transaction (if any) committed. */
    void afterCommit(long workspaceId, long accountId, long unread) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    announceEverywhere(workspaceId, accountId, unread);
                }
            });
        } else {
            announceEverywhere(workspaceId, accountId, unread);
        }
    }

    @Override
    public String topic() {
        return "unread";
    }

    @Override
    public Class<UnreadCount> messageType() {
        return UnreadCount.class;
    }

    @Override
    public void receive(UnreadCount count) {
        announce(count.workspaceId(), count.accountId(), count.unread());
    }

    private void announceEverywhere(long workspaceId, long accountId, long unread) {
        announce(workspaceId, accountId, unread);
        relay.ifAvailable(r -> r.send(topic(), new UnreadCount(workspaceId, accountId, unread)));
    }

    private void announce(long workspaceId, long accountId, long unread) {
        for (var listener : bells.getOrDefault(new Key(workspaceId, accountId), List.of())) {
            Runnable access = () -> {
                try {
                    listener.ui().access(() -> listener.onCount().accept(unread));
                } catch (UIDetachedException closedMeanwhile) {
                    // the page was closed between lookup and delivery
                }
            };
            var session = listener.ui().getSession();
            if (UI.getCurrent() == listener.ui()) {
                // the member's own request changed the count: update the bell in this very response
                listener.onCount().accept(unread);
            } else if (session != null && session.hasLock()) {
                access.run();
            } else {
                // never wait for another session's lock on this thread
                delivery.execute(access);
            }
        }
    }
}
