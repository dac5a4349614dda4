package dev.clapboard.base;

/**
 * Receives a topic's messages that another node sent through the {@link ClusterRelay}; its own node's messages
 * never come back. Called on the relay's listener thread: hand UI work on as for any background thread.
 */
public interface ClusterReceiver<T extends Record> {

    String topic();

    Class<T> messageType();

    void receive(T message);
}
