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

    /** Opens every stored secret; re-seals those still sealed with the previous master key (rotation). */
    void check() {
        record Row(long id, String apiKey, String webhookSecret) {
        }
        var rows = jdbc.sql("select id, api_key_cipher, webhook_secret_cipher from provider_endpoint order by id")
                .query((rs, row) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        for (var row : rows) {
            try {
                var apiKey = secrets.resealed(row.apiKey());
                var webhookSecret = secrets.resealed(row.webhookSecret());
                if (apiKey.isPresent() || webhookSecret.isPresent()) {
                    jdbc.sql("update provider_endpoint set api_key_cipher = ?, webhook_secret_cipher = ? where id = ?")
                            .params(apiKey.orElse(row.apiKey()), webhookSecret.orElse(row.webhookSecret()), row.id())
                            .update();
                }
            } catch (SecretBox.WrongMasterKeyException e) {
                throw new IllegalStateException("The master key does not open the API key of provider endpoint "
                        + row.id() + ". Start with the master key the keys were stored with "
                        + "(clapboard.secrets.master-key or the key file secret.key); to rotate, give the old one "
                        + "as clapboard.secrets.previous-master-key.");
            }
        }
    }
}
