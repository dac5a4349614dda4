package dev.clapboard.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.security.Roles;
import dev.clapboard.security.SystemActor;
import dev.clapboard.support.Cards;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import dev.clapboard.support.UploadSamples;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Who may keep the register and consents, and that another workspace's people stay invisible. */
@ClapboardTest
class ComplianceAccessTest {

    @Autowired
    PeopleService people;
    @Autowired
    ConsentService consentService;
    @Autowired
    CardPeopleService cardPeople;
    @Autowired
    ModerationService moderation;
    @Autowired
    Consents consents;
    @Autowired
    Cards cards;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_creator_or_reviewer_reads_the_register_but_cannot_change_people_or_consents() {
        signIn.as(DemoLogins.MANAGER);
        var person = consents.person("Greta Falk");
        var consent = consents.signed(person.id(), Consents.forCampaign(consents.demoCampaignId(), Channel.WEB));

        for (var login : new DemoLogins[] {DemoLogins.CREATOR, DemoLogins.REVIEWER}) {
            signIn.as(login);
            assertThat(people.find(person.id())).isPresent();
            assertThat(consentService.consents(person.id())).hasSize(1);
            assertThatThrownBy(() -> people.create(new PersonDraft("Someone", true, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.update(person.id(), new PersonDraft("Renamed", true, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> consents.signed(person.id(), Consents.forCampaign(consents.demoCampaignId(),
                    Channel.TV))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> consentService.requestByLink(person.id(),
                    Consents.forCampaign(consents.demoCampaignId(), Channel.TV), 7))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> consentService.revoke(consent.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> moderation.addFigure("Someone Famous")).isInstanceOf(AccessDeniedException.class);
        }
        signIn.as(DemoLogins.MANAGER);
        assertThat(people.find(person.id()).orElseThrow().name()).isEqualTo("Greta Falk");
        assertThat(consentService.consents(person.id())).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(ConsentStatus.ACTIVE));
        assertThatThrownBy(() -> moderation.addFigure("Someone Famous")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_reviewer_cannot_declare_people_on_a_card() {
        signIn.as(DemoLogins.MANAGER);
        var person = consents.person("Hanna Iser");
        var cardId = cards.newCard(consents.demoCampaignId(), "Reviewer cannot cast");
        signIn.as(DemoLogins.REVIEWER);

        assertThatThrownBy(() -> cardPeople.declare(consents.demoCampaignId(), cardId, Set.of(person.id()),
                Set.of(Channel.WEB))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_workspaces_person_and_card_are_not_found() {
        var other = secondWorkspace.create("Contoso Compliance", "manager@contoso-compliance.example", Roles.MANAGER,
                "Contoso cameo");
        long theirPerson = SystemActor.callInWorkspace(other.workspaceId(),
                () -> people.create(new PersonDraft("Ines Contoso", true, null)).id());
        signIn.as(DemoLogins.MANAGER);

        assertThat(people.find(theirPerson)).isEmpty();
        assertThat(people.all()).noneMatch(p -> p.id() == theirPerson);
        assertThatThrownBy(() -> consentService.consents(theirPerson)).isInstanceOf(ComplianceRefusedException.class)
                .hasMessageContaining("not in this workspace");
        assertThatThrownBy(() -> people.update(theirPerson, new PersonDraft("Taken over", true, null)))
                .isInstanceOf(ComplianceRefusedException.class);
        assertThatThrownBy(() -> consents.signed(theirPerson, Consents.forCampaign(consents.demoCampaignId(),
                Channel.WEB))).isInstanceOf(ComplianceRefusedException.class);
        var cardId = cards.newCard(consents.demoCampaignId(), "Foreign cast");
        assertThatThrownBy(() -> cardPeople.declare(consents.demoCampaignId(), cardId, Set.of(theirPerson),
                Set.of(Channel.WEB))).isInstanceOf(ComplianceRefusedException.class);
        assertThatThrownBy(() -> cardPeople.people(other.campaignId(), cardId))
                .isInstanceOf(ComplianceRefusedException.class);
    }

    @Test
    void a_declaration_that_is_not_a_pdf_or_image_is_refused_and_nothing_is_saved() {
        signIn.as(DemoLogins.MANAGER);
        var person = consents.person("Jana Kurz");

        assertThatThrownBy(() -> consentService.recordDeclaration(person.id(),
                Consents.forCampaign(consents.demoCampaignId(), Channel.WEB), "declaration.pdf",
                "MZ this is an executable".getBytes())).isInstanceOf(ComplianceRefusedException.class)
                .hasMessage("declaration.pdf is not a PDF, JPEG or PNG file.");
        assertThat(consentService.consents(person.id())).isEmpty();
    }

    @Test
    void reference_media_is_recognised_by_its_bytes_and_only_members_of_the_workspace_get_it() {
        signIn.as(DemoLogins.MANAGER);
        var person = consents.person("Mia Neumann");
        var png = UploadSamples.png(4, 3);

        assertThatThrownBy(() -> people.attachReference(person.id(), "face.jpg", "<html>not a photo</html>".getBytes()))
                .isInstanceOf(ComplianceRefusedException.class)
                .hasMessage("face.jpg is not a photo (JPEG, PNG, WebP) or video (MP4, MOV, WebM).");
        assertThat(people.reference(person.id())).isEmpty();
        people.attachReference(person.id(), "face.png", png);

        signIn.as(DemoLogins.REVIEWER);
        assertThat(people.reference(person.id())).hasValueSatisfying(file -> {
            assertThat(file.contentType()).isEqualTo("image/png");
            assertThat(file.content()).isEqualTo(png);
        });
        var other = secondWorkspace.create("Contoso Media", "manager@contoso-media.example", Roles.MANAGER,
                "Contoso media campaign");
        SignIn.out();
        SystemActor.runInWorkspace(other.workspaceId(), () -> assertThat(people.reference(person.id())).isEmpty());
    }

    @Test
    void a_minor_needs_a_guardian_on_the_consent() {
        signIn.as(DemoLogins.MANAGER);
        var child = people.create(new PersonDraft("Kai Lutz", false, "Son of our CEO"));
        var withoutGuardian = Consents.forCampaign(consents.demoCampaignId(), Channel.WEB);

        assertThatThrownBy(() -> consents.signed(child.id(), withoutGuardian))
                .isInstanceOf(ComplianceRefusedException.class)
                .satisfies(e -> assertThat(((ComplianceRefusedException) e).field())
                        .isEqualTo(ComplianceRefusedException.GUARDIAN));
        var withGuardian = new ConsentDraft(false, withoutGuardian.campaignIds(), withoutGuardian.channels(), "EU",
                "Ads", withoutGuardian.validFrom(), withoutGuardian.validUntil(), false, "Lena Lutz", "mother");
        assertThat(consents.signed(child.id(), withGuardian).guardianName()).isEqualTo("Lena Lutz");
    }

    @Test
    void the_compliance_export_reads_every_consent_that_covers_a_campaign() {
        signIn.as(DemoLogins.MANAGER);
        var campaignId = consents.demoCampaignId();
        var person = consents.person("Lars Mohn");
        var forCampaign = consents.signed(person.id(), Consents.forCampaign(campaignId, Channel.WEB));
        var forAll = consents.signed(person.id(), new ConsentDraft(true, Set.of(), Set.of(Channel.PRINT), "EU", "Ads",
                java.time.LocalDate.now(), null, true, null, null));
        consentService.revoke(forCampaign.id());

        var records = consentService.consentRecords(campaignId);

        assertThat(records).filteredOn(r -> r.personId() == person.id()).extracting(ConsentRecord::id)
                .containsExactly(forCampaign.id(), forAll.id());
        assertThat(records).filteredOn(r -> r.id() == forCampaign.id()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ConsentStatus.REVOKED));
    }
}
