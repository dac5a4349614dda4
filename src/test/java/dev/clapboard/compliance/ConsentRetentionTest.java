package dev.clapboard.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.compliance.domain.ConsentRepository;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.MovableClock;
import dev.clapboard.support.SignIn;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Consent records of an erased person are evidence for the retention period (3 years by default) and are
 * pseudonymised by the daily job once it has passed.
 */
@ClapboardTest
@Import(MovableClock.Config.class)
class ConsentRetentionTest {

    @Autowired
    PeopleService people;
    @Autowired
    ConsentService consentService;
    @Autowired
    Consents consents;
    @Autowired
    ConsentRetention retention;
    @Autowired
    ConsentRepository records;
    @Autowired
    ComplianceFiles files;
    @Autowired
    MovableClock clock;
    @Autowired
    SignIn signIn;

    @AfterEach
    void reset() {
        SignIn.out();
        clock.reset();
    }

    @Test
    void an_erased_persons_consent_is_kept_for_three_years_and_then_pseudonymised_by_the_daily_job() {
        signIn.as(DemoLogins.MANAGER);
        var child = people.create(new PersonDraft("Jonas Eklund", false, null));
        var consent = consents.signed(child.id(), new ConsentDraft(false, Set.of(consents.demoCampaignId()),
                Set.of(Channel.WEB), "EU", "Product advertising", LocalDate.now().minusDays(1),
                LocalDate.now().plusYears(1), false, "Hanna Eklund", "Mother"));
        var declaration = files.path(Objects.requireNonNull(records.findById(consent.id()).orElseThrow()
                .getDeclarationKey()));
        var erasure = people.erase(child.id());
        SignIn.out();

        clock.advance(Duration.ofDays(3 * 365));
        assertThat(retention.pseudonymiseDue()).as("a day before the three years are up").isZero();
        signIn.as(DemoLogins.MANAGER);
        assertThat(consentService.consents(child.id())).singleElement()
                .satisfies(kept -> assertThat(kept.guardianName()).isEqualTo("Hanna Eklund"));
        assertThat(declaration).exists();
        SignIn.out();

        clock.advance(Duration.ofDays(2));
        assertThat(erasure.pseudonymiseConsentsOn()).isBefore(LocalDate.ofInstant(clock.instant(),
                java.time.ZoneOffset.UTC).plusDays(1));
        assertThat(retention.pseudonymiseDue()).isEqualTo(1);
        assertThat(retention.pseudonymiseDue()).as("already done").isZero();

        signIn.as(DemoLogins.MANAGER);
        var kept = consentService.consents(child.id()).getFirst();
        assertThat(kept.id()).isEqualTo(consent.id());
        assertThat(kept.status()).isEqualTo(ConsentStatus.REVOKED);
        assertThat(kept.channels()).containsExactly(Channel.WEB);
        assertThat(kept.purposes()).isEqualTo("Product advertising");
        assertThat(kept.guardianName()).isEqualTo("Guardian of Erased person #" + child.id());
        assertThat(kept.toString()).doesNotContain("Jonas", "Hanna", "Eklund");
        assertThat(consentService.declaration(consent.id())).isEmpty();
        assertThat(Files.exists(declaration)).as("signed declaration on disk").isFalse();
    }
}
