package dev.clapboard.base;

/**
 * Carries small messages (ids, never content) to the other nodes of a cluster that share the database. Only
 * present when the nodes can reach each other (on PostgreSQL, see {@link PostgresClusterRelay}); a single node
 * on H2 has no relay, so senders take it as an optional bean.
 */
public interface ClusterRelay {

    /**
     * Sends {@code message} to every other node's {@link ClusterReceiver} for {@code topic}. Call it after the
     * change it announces committed: the message is sent at once, on a connection of its own.
     */
    void send(String topic, Record message);
}
