package dev.clapboard.campaign.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import dev.clapboard.base.ClusterReceiver;
import dev.clapboard.base.ClusterRelay;
import dev.clapboard.campaign.BoardChanged;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps every open board of a campaign up to date: who is looking at it, who edits which card, and (after a
 * change commits) that cards changed. With several nodes on PostgreSQL, each {@link BoardChanged} also travels
 * to the other nodes through the {@link ClusterRelay} and reaches their open boards the same way; presence
 * (who looks, who edits) stays per node, as sessions are sticky.
 *
 * <p>A signal reaches a board through {@code ui.access}. When the board's session is locked by the current
 * thread (the same browser session made the change) the access is simply queued; otherwise it is handed to a
 * thread of its own, so no request thread ever waits for another session's lock and no refresh runs inside the
 * committing transaction.
 *
 * @see <a href="../../../../../../../docs/decisions/0004-board-lanes.md">0004 Board lanes</a>
 */
@Component
class BoardBroadcaster implements ClusterReceiver<BoardChanged> {

    record Viewer(long accountId, String name) {
    }

    sealed interface Signal {
    }

    /** Cards of the board changed; {@code actorName} did it. */
    record CardsChanged(@Nullable Long cardId, String actorName) implements Signal {
    }

    /** Who else looks at the board, and who else edits which card (card id to names). */
    record PresenceChanged(List<Viewer> others, Map<Long, String> editorsByCard) implements Signal {
    }

    private static final class Listener {
        final UI ui;
        final Viewer viewer;
        final Consumer<Signal> onSignal;
        volatile @Nullable Long editingCardId;
        /** The newest presence not yet shown; set while a delivery is on its way, so later ones merge into it. */
        final AtomicReference<@Nullable PresenceChanged> pendingPresence = new AtomicReference<>();
        /** The presence the board shows; read and written only under the board's session lock. */
        @Nullable PresenceChanged shownPresence;

        Listener(UI ui, Viewer viewer, Consumer<Signal> onSignal) {
            this.ui = ui;
            this.viewer = viewer;
            this.onSignal = onSignal;
        }
    }

    private final Map<Long, List<Listener>> boards = new ConcurrentHashMap<>();
    private final Executor delivery = Executors.newVirtualThreadPerTaskExecutor();
    private final ObjectProvider<ClusterRelay> relay;

    BoardBroadcaster(ObjectProvider<ClusterRelay> relay) {
        this.relay = relay;
    }

    /** Registers an open board; the registration is removed when the board closes (on detach). */
    Registration join(long campaignId, UI ui, Viewer viewer, Consumer<Signal> onSignal) {
        var listener = new Listener(ui, viewer, onSignal);
        boards.computeIfAbsent(campaignId, id -> new CopyOnWriteArrayList<>()).add(listener);
        announcePresence(campaignId);
        return () -> {
            var listeners = boards.get(campaignId);
            if (listeners != null) {
                listeners.remove(listener);
                boards.computeIfPresent(campaignId, (id, list) -> list.isEmpty() ? null : list);
            }
            announcePresence(campaignId);
        };
    }

    /** Marks which card the board in {@code ui} edits right now, or none. */
    void editing(long campaignId, UI ui, @Nullable Long cardId) {
        listeners(campaignId).stream().filter(l -> l.ui == ui).forEach(l -> l.editingCardId = cardId);
        announcePresence(campaignId);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BoardChanged change) {
        receive(change);
        relay.ifAvailable(r -> r.send(topic(), change));
    }

    @Override
    public String topic() {
        return "board";
    }

    @Override
    public Class<BoardChanged> messageType() {
        return BoardChanged.class;
    }

    @Override
    public void receive(BoardChanged change) {
        var signal = new CardsChanged(change.cardId(), change.actorName());
        listeners(change.campaignId()).forEach(l -> deliver(l, () -> l.onSignal.accept(signal)));
    }

    private void announcePresence(long campaignId) {
        var listeners = listeners(campaignId);
        for (var listener : listeners) {
            var others = listeners.stream().filter(l -> l.viewer.accountId() != listener.viewer.accountId())
                    .map(l -> l.viewer).distinct().toList();
            var editors = listeners.stream().filter(l -> l.ui != listener.ui && l.editingCardId != null)
                    .collect(Collectors.toMap(l -> Objects.requireNonNull(l.editingCardId), l -> l.viewer.name(),
                            (a, b) -> a.equals(b) ? a : a + ", " + b));
            deliverPresence(listener, new PresenceChanged(others, editors));
        }
    }

    /**
     * Presence changes with every join, leave and opened card: with many viewers on one board, one delivery per
     * change per viewer would queue N² pushes. A viewer gets at most one delivery on its way, carrying the newest
     * presence, and none when the presence it shows is unchanged (many sessions of one member, say).
     */
    private void deliverPresence(Listener listener, PresenceChanged presence) {
        if (listener.pendingPresence.getAndSet(presence) != null) {
            return;
        }
        deliver(listener, () -> {
            var newest = listener.pendingPresence.getAndSet(null);
            if (newest != null && !newest.equals(listener.shownPresence)) {
                listener.shownPresence = newest;
                listener.onSignal.accept(newest);
            }
        });
    }

    private List<Listener> listeners(long campaignId) {
        return boards.getOrDefault(campaignId, List.of());
    }

    private void deliver(Listener listener, Command show) {
        Runnable access = () -> {
            try {
                listener.ui.access(show);
            } catch (UIDetachedException closedMeanwhile) {
                // the board was closed between lookup and delivery: nothing to update
            }
        };
        var session = listener.ui.getSession();
        if (session != null && session.hasLock()) {
            access.run();
        } else {
            delivery.execute(access);
        }
    }
}
