package dev.clapboard.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.clapboard.audit.AuditAction;
import dev.clapboard.audit.AuditFilter;
import dev.clapboard.audit.AuditTrail;
import dev.clapboard.compliance.domain.PersonRepository;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationRefusedException;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationStatus;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.review.GuestAccess;
import dev.clapboard.review.GuestLinkService;
import dev.clapboard.review.GuestReviews;
import dev.clapboard.review.ReviewRefusedException;
import dev.clapboard.review.ReviewService;
import dev.clapboard.review.Verdict;
import dev.clapboard.support.AwaitGenerations;
import dev.clapboard.support.Cards;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Erasing a person from the people register (GDPR Art. 17) on real data: media, name, consents, videos, audit. */
@ClapboardTest
class PersonErasureTest {

    static final byte[] PNG = dev.clapboard.support.UploadSamples.png(4, 4);

    @Autowired
    PeopleService people;
    @Autowired
    ConsentService consentService;
    @Autowired
    CardPeopleService cardPeople;
    @Autowired
    GenerationService generations;
    @Autowired
    ReviewService reviews;
    @Autowired
    GuestLinkService guestLinks;
    @Autowired
    GuestReviews guestReviews;
    @Autowired
    AuditTrail audit;
    @Autowired
    Consents consents;
    @Autowired
    Cards cards;
    @Autowired
    AwaitGenerations await;
    @Autowired
    PersonRepository register;
    @Autowired
    ComplianceFiles files;
    @Autowired
    SignIn signIn;
    @Autowired
    SecondWorkspace secondWorkspace;

    long campaignId;

    @BeforeEach
    void signInAsManager() {
        signIn.as(DemoLogins.MANAGER);
        campaignId = consents.demoCampaignId();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private GenerationSummary videoShowing(PersonSummary person, String prompt) throws InterruptedException {
        var cardId = cards.newCard(campaignId, "Cameo of " + person.name());
        cardPeople.declare(campaignId, cardId, Set.of(person.id()), Set.of(Channel.WEB));
        var queued = generations.request(new GenerationOrder(campaignId, cardId, null, prompt, "Cameo", "local",
                "storyboard-1", new VideoSize(640, 360), 4, 1, "animated")).getFirst();
        var video = await.ended(queued.id());
        assertThat(video.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        return video;
    }

    @Test
    void an_erased_person_loses_media_and_name_keeps_revoked_consents_and_their_videos_are_flagged()
            throws Exception {
        var person = consents.person("Greta Lindqvist");
        people.update(person.id(), new PersonDraft("Greta Lindqvist", true, "Lives in Malmö, phone 0701234567"));
        people.attachReference(person.id(), "greta.png", PNG);
        var referenceFile = files.path(Objects.requireNonNull(register.findById(person.id()).orElseThrow()
                .getReferenceKey()));
        assertThat(referenceFile).exists();
        var consent = consents.signed(person.id(), Consents.forCampaign(campaignId, Channel.WEB));
        var video = videoShowing(person, "Greta opens the new dashboard");
        var earlierLink = guestLinks.create(video.id(), 7, null);
        var token = earlierLink.url().substring(earlierLink.url().lastIndexOf('/') + 1);

        var erasure = people.erase(person.id());

        var pseudonym = "Erased person #" + person.id();
        assertThat(erasure.pseudonym()).isEqualTo(pseudonym);
        assertThat(erasure.referenceDeleted()).isTrue();
        assertThat(erasure.revokedConsents()).isEqualTo(1);
        assertThat(erasure.flaggedVideos()).isEqualTo(1);
        assertThat(Files.exists(referenceFile)).as("reference file on disk").isFalse();
        var erased = people.find(person.id()).orElseThrow();
        assertThat(erased.name()).isEqualTo(pseudonym);
        assertThat(erased.notes()).isNull();
        assertThat(erased.referenceFileName()).isNull();
        assertThat(erased.erased()).isTrue();
        assertThat(people.reference(person.id())).isEmpty();
        assertThat(people.all()).extracting(PersonSummary::name).doesNotContain("Greta Lindqvist");
        assertThat(consentService.consents(person.id())).singleElement().satisfies(kept -> {
            assertThat(kept.id()).isEqualTo(consent.id());
            assertThat(kept.status()).isEqualTo(ConsentStatus.REVOKED);
            assertThat(kept.personName()).isEqualTo(pseudonym);
        });
        assertThat(consentService.declaration(consent.id())).as("evidence kept until the retention period ends")
                .isPresent();
        assertThat(reviews.blocked(video.id())).hasValueSatisfying(reason -> assertThat(reason)
                .contains(pseudonym).doesNotContain("Greta"));
        assertThatThrownBy(() -> reviews.decide(video.id(), Verdict.APPROVE, null))
                .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("cannot be approved");
        assertThatThrownBy(() -> guestLinks.create(video.id(), 7, null))
                .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("cannot be shared");
        assertThatThrownBy(() -> generations.request(new GenerationOrder(campaignId, Objects.requireNonNull(
                video.cardId()), null, "Again", "Cameo", "local", "storyboard-1", new VideoSize(640, 360), 4, 1,
                "animated"))).isInstanceOf(GenerationRefusedException.class).hasMessageContaining(pseudonym);
        SignIn.out();
        assertThat(guestReviews.open(token).state()).isEqualTo(GuestAccess.State.REVOKED);
        assertThat(guestReviews.video(token, false)).isEmpty();
        signIn.as(DemoLogins.ADMIN);
        var entry = await().pollInSameThread().atMost(Duration.ofMinutes(1)).until(() -> audit.page(
                new AuditFilter(null, null, null, false, AuditAction.PERSON_ERASED, null), PageRequest.of(0, 50))
                .stream().filter(e -> Objects.equals(e.subjectId(), String.valueOf(person.id()))).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(entry.details()).contains("flaggedVideos", "revokedConsents").doesNotContain("Greta");
    }

    @Test
    void a_person_erased_once_cannot_be_erased_or_changed_again() {
        var person = consents.person("Hugo Brandt");
        people.erase(person.id());

        assertThatThrownBy(() -> people.erase(person.id())).isInstanceOf(ComplianceRefusedException.class)
                .hasMessageContaining("Erased person #" + person.id() + " was already erased from the register on");
        assertThatThrownBy(() -> people.update(person.id(), new PersonDraft("Hugo Brandt", true, null)))
                .isInstanceOf(ComplianceRefusedException.class).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> people.attachReference(person.id(), "hugo.png", PNG))
                .isInstanceOf(ComplianceRefusedException.class).hasMessageContaining("cannot be changed");
    }

    @Test
    void creators_and_reviewers_cannot_erase_and_another_workspace_gets_not_found() {
        var person = consents.person("Ida Moreau");
        SignIn.out();
        for (var login : new DemoLogins[] {DemoLogins.CREATOR, DemoLogins.REVIEWER}) {
            signIn.as(login);
            assertThatThrownBy(() -> people.erase(person.id())).as(login.name())
                    .isInstanceOf(AccessDeniedException.class);
            SignIn.out();
        }
        var other = secondWorkspace.create("Erasure Rivals", "manager@erasure-rivals.example", "MANAGER",
                "Rival campaign");
        signIn.as(other.memberEmail(), SecondWorkspace.PASSWORD);
        assertThatThrownBy(() -> people.erase(person.id())).isInstanceOf(ComplianceRefusedException.class)
                .hasMessageContaining("not in this workspace's register");
        SignIn.out();

        signIn.as(DemoLogins.MANAGER);
        assertThat(people.find(person.id())).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Ida Moreau"));
    }
}
