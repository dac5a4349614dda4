package dev.clapboard.security;

/**
 * Seals small secrets (provider keys, members' two-factor secrets) before they reach the database, with the
 * app's master key. The generation feature's {@code SecretBox} is the one implementation (AES-256-GCM, key
 * file or {@code clapboard.secrets.master-key}); it is declared here so features below generation can use it.
 */
public interface SecretSealer {

    String encrypt(String secret);

    /** @throws IllegalStateException when the value was sealed with another master key (or was altered) */
    String decrypt(String sealed);

    /**
     * The secret sealed again with the current master key when it was sealed with the previous one (during a
     * key rotation); empty when it needs nothing.
     */
    java.util.Optional<String> resealed(String sealed);
}
