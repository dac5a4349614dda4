package dev.clapboard.generation.hosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Provider secrets are sealed with AES-GCM under a master key that never lives in the database. */
class SecretBoxTest {

    @TempDir
    Path dir;

    @Test
    void a_sealed_key_opens_again_and_never_shows_the_key() {
        var box = new SecretBox(new byte[32]);

        var sealed = box.encrypt("sk-secret-123");

        assertThat(sealed).startsWith("v1:").doesNotContain("sk-secret-123");
        assertThat(box.encrypt("sk-secret-123")).as("fresh nonce each time").isNotEqualTo(sealed);
        assertThat(box.decrypt(sealed)).isEqualTo("sk-secret-123");
    }

    @Test
    void another_master_key_gives_a_clear_error_not_garbage() {
        var sealed = new SecretBox(new byte[32]).encrypt("sk-secret-123");
        var other = new byte[32];
        other[0] = 1;

        assertThatThrownBy(() -> new SecretBox(other).decrypt(sealed))
                .isInstanceOf(SecretBox.WrongMasterKeyException.class)
                .hasMessageContaining("cannot be decrypted with this master key");
    }

    @Test
    void without_a_configured_key_a_key_file_is_created_once_and_reused() throws Exception {
        var file = dir.resolve("data/secret.key");

        var sealed = new SecretBox("", file).encrypt("sk-1");
        var again = new SecretBox("", file);

        assertThat(Files.readString(file)).hasSize(44);
        assertThat(again.decrypt(sealed)).isEqualTo("sk-1");
    }

    @Test
    void a_malformed_master_key_stops_the_start_with_the_property_name() {
        assertThatThrownBy(() -> new SecretBox("not base64!", dir.resolve("unused.key")))
                .hasMessageContaining("clapboard.secrets.master-key");
        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(new byte[16]), dir.resolve("x")))
                .hasMessageContaining("32 bytes");
    }
}
