package dev.clapboard.generation.hosted;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.generation.ProviderEndpointService;
import dev.clapboard.generation.ProviderEndpointService.EndpointForm;
import dev.clapboard.generation.ProviderKind;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Starting with another master key than the stored keys were sealed with stops with a clear message. */
@ClapboardTest
class MasterKeyCheckTest {

    @Autowired
    ProviderEndpointService endpoints;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SecretBox secrets;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
        // endpoints are workspace data; other tests on this context expect only the local provider
        jdbc.sql("delete from provider_endpoint").update();
    }

    @Test
    void the_start_check_refuses_a_master_key_that_does_not_open_the_stored_keys() {
        signIn.as(DemoLogins.ADMIN);
        endpoints.save(new EndpointForm(null, ProviderKind.GEMINI_VEO, "Veo", "https://generativelanguage.example/v1beta",
                "AIza-key", "", "USD", "veo-3.0-generate-001 0.40", "", true));
        var wrongKey = new byte[32];
        wrongKey[31] = 9;

        assertThatCode(() -> new MasterKeyCheck(jdbc, secrets).check()).doesNotThrowAnyException();
        assertThatThrownBy(() -> new MasterKeyCheck(jdbc, new SecretBox(wrongKey)).check())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The master key does not open the API key of provider endpoint")
                .hasMessageContaining("clapboard.secrets.master-key");
    }

    @Test
    void starting_with_a_new_key_and_the_previous_one_reseals_every_stored_secret() {
        signIn.as(DemoLogins.ADMIN);
        endpoints.save(new EndpointForm(null, ProviderKind.VIDEOS_API, "Gateway", "https://gateway.example/v1",
                "sk-rotate-me", "", "USD", "sora-2 0.10", "", true));
        var oldCipher = jdbc.sql("select api_key_cipher from provider_endpoint").query(String.class).single();
        var newKey = new byte[32];
        newKey[5] = 7;
        var current = java.util.Base64.getDecoder().decode("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        var rotated = new SecretBox(newKey, current);

        new MasterKeyCheck(jdbc, rotated).check();

        var newCipher = jdbc.sql("select api_key_cipher from provider_endpoint").query(String.class).single();
        org.assertj.core.api.Assertions.assertThat(newCipher).isNotEqualTo(oldCipher);
        org.assertj.core.api.Assertions.assertThat(new SecretBox(newKey).decrypt(newCipher)).isEqualTo("sk-rotate-me");
        assertThatCode(() -> new MasterKeyCheck(jdbc, new SecretBox(newKey)).check()).doesNotThrowAnyException();
    }
}
