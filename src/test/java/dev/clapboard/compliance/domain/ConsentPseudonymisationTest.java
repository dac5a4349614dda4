package dev.clapboard.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.compliance.Channel;
import dev.clapboard.compliance.ConsentSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsentPseudonymisationTest {

    @Test
    void a_pseudonymised_consent_keeps_its_scope_and_dates_but_no_name_ip_or_declaration_text() {
        var consent = new Consent(7, ConsentSource.CONFIRMED_BY_LINK, new Consent.Scope(true, Set.of(),
                Set.of(Channel.TV), "EU", "Advertising", LocalDate.of(2026, 1, 1), null, true, null, null),
                "Morgan Manager", Instant.parse("2026-01-01T10:00:00Z"));
        consent.presentText("I, Lena Sommer, agree that Northwind shows me in its videos.");
        consent.confirm("Lena Sommer", Instant.parse("2026-01-02T10:00:00Z"), "203.0.113.9");
        consent.revoke("Lena Sommer" + Consent.THROUGH_LINK, Instant.parse("2026-02-01T10:00:00Z"), "198.51.100.4");

        consent.pseudonymise("Erased person #7", Instant.parse("2029-02-02T03:15:00Z"));

        assertThat(consent.getConfirmedName()).isEqualTo("Erased person #7");
        assertThat(consent.getRevokedBy()).isEqualTo("Erased person #7" + Consent.THROUGH_LINK);
        assertThat(consent.getConfirmedIp()).isNull();
        assertThat(consent.getRevokedIp()).isNull();
        assertThat(consent.getTextShown()).doesNotContain("Lena");
        assertThat(consent.getConfirmedAt()).isEqualTo(Instant.parse("2026-01-02T10:00:00Z"));
        assertThat(consent.getChannels()).containsExactly(Channel.TV);
        assertThat(consent.getCreatedBy()).as("the member who asked stays").isEqualTo("Morgan Manager");
        assertThat(consent.getPseudonymisedAt()).isEqualTo(Instant.parse("2029-02-02T03:15:00Z"));
    }
}
