package dev.clapboard.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B (SHA-1) and the rules around it: the ±1 step window and codes spent once. */
class TotpTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final String RFC_SECRET = Totp.base32(RFC_KEY);

    @Test
    void the_rfc_6238_sha1_test_vectors_match() {
        assertThat(code(59)).isEqualTo("94287082");
        assertThat(code(1111111109)).isEqualTo("07081804");
        assertThat(code(1111111111)).isEqualTo("14050471");
        assertThat(code(1234567890)).isEqualTo("89005924");
        assertThat(code(2000000000)).isEqualTo("69279037");
        assertThat(code(20000000000L)).isEqualTo("65353130");
    }

    @Test
    void six_digit_codes_are_the_last_six_digits_of_the_rfc_values() {
        assertThat(Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    }

    @Test
    void base32_round_trips_and_matches_rfc_4648() {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.fromBase32(RFC_SECRET)).isEqualTo(RFC_KEY);
        assertThat(Totp.newSecret()).hasSize(32).matches("[A-Z2-7]+");
    }

    @Test
    void a_code_of_the_step_before_or_after_is_accepted_but_not_two_steps_away() {
        var now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.stepAt(now);

        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, 0)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, 0)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, 0)).isEmpty();
    }

    @Test
    void a_code_of_a_step_already_used_is_refused() {
        var now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.stepAt(now);

        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, step))
                .as("an older step than the one used last").isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, step)).hasValue(step + 1);
    }

    @Test
    void codes_that_are_not_six_digits_are_refused() {
        var now = Instant.ofEpochSecond(1_800_000_000L);
        assertThat(Totp.matchingStep(RFC_SECRET, "", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "12345a", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "1234567", now, 0)).isEmpty();
    }

    @Test
    void the_uri_names_the_issuer_and_account_for_authenticator_apps() {
        assertThat(Totp.uri("Clapboard", "ann@example.com", "ABC"))
                .isEqualTo("otpauth://totp/Clapboard:ann%40example.com?secret=ABC&issuer=Clapboard"
                        + "&algorithm=SHA1&digits=6&period=30");
    }

    private static String code(long epochSecond) {
        return Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(epochSecond)), 8);
    }
}
