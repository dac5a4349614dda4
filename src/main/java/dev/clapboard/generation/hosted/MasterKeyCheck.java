package dev.clapboard.generation.hosted;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stops the start when the configured master key cannot open the stored secrets (a changed
 * {@code clapboard.secrets.master-key} or a replaced key file), instead of failing later with garbage. Reads
 * across workspaces with plain SQL: this runs before anyone signs in and checks only that decryption works.
 */
@Component
class MasterKeyCheck implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final SecretBox secrets;

    MasterKeyCheck(JdbcClient jdbc, SecretBox secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    @Override
    public void run(ApplicationArguments args) {
        check();
    }

    void check() {
        jdbc.sql("select id, api_key_cipher from provider_endpoint order by id").query((rs, row) -> {
            try {
                secrets.decrypt(rs.getString(2));
            } catch (SecretBox.WrongMasterKeyException e) {
                throw new IllegalStateException("The master key does not open the API key of provider endpoint "
                        + rs.getLong(1) + ". Start with the master key the keys were stored with "
                        + "(clapboard.secrets.master-key or the key file secret.key); see the README on rotation.");
            }
            return null;
        }).list();
    }
}
