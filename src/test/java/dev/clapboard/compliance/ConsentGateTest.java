package dev.clapboard.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.clapboard.support.SignIn;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The consent gate on real generation requests, and what a revocation does to the videos already made. */
@ClapboardTest
@RecordApplicationEvents
class ConsentGateTest {

    @Autowired
    GenerationService generations;
    @Autowired
    CardPeopleService cardPeople;
    @Autowired
    ConsentService consentService;
    @Autowired
    ReviewService reviews;
    @Autowired
    GuestLinkService guestLinks;
    @Autowired
    GuestReviews guestReviews;
    @Autowired
    Consents consents;
    @Autowired
    Cards cards;
    @Autowired
    AwaitGenerations await;
    @Autowired
    SignIn signIn;
    @Autowired
    ApplicationEvents events;

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

    private List<GenerationSummary> request(long cardId, String prompt) {
        return generations.request(new GenerationOrder(campaignId, cardId, null, prompt, "Cameo", "local",
                "storyboard-1", new VideoSize(640, 360), 4, 1, "animated"));
    }

    private long cardShowing(PersonSummary person, Channel... channels) {
        var cardId = cards.newCard(campaignId, "Cameo of " + person.name());
        cardPeople.declare(campaignId, cardId, Set.of(person.id()), Set.of(channels));
        return cardId;
    }

    @Test
    void a_generation_showing_a_person_without_consent_is_refused_and_names_them() {
        var person = consents.person("Anna Berg");
        var cardId = cardShowing(person, Channel.WEB);

        assertThatThrownBy(() -> request(cardId, "Our managing director presents the dashboard"))
                .isInstanceOf(GenerationRefusedException.class)
                .hasMessageContaining("Anna Berg has no consent record");
        assertThat(generations.page(campaignId, Set.of(), org.springframework.data.domain.PageRequest.of(0, 50))
                .stream().filter(g -> Long.valueOf(cardId).equals(g.cardId()))).isEmpty();
    }

    @Test
    void a_person_named_in_the_prompt_counts_even_when_the_card_does_not_declare_them() {
        consents.person("Bernd Vogel");
        var cardId = cards.newCard(campaignId, "Undeclared cameo");

        assertThatThrownBy(() -> request(cardId, "Bernd Vogel walks through the office"))
                .isInstanceOf(GenerationRefusedException.class)
                .hasMessageContaining("Bernd Vogel is named in the prompt");
    }

    @Test
    void consent_for_another_channel_is_refused_with_the_missing_channel() {
        var person = consents.person("Clara Wendt");
        consents.signed(person.id(), Consents.forCampaign(campaignId, Channel.WEB, Channel.SOCIAL));
        var cardId = cardShowing(person, Channel.TV);

        assertThatThrownBy(() -> request(cardId, "Clara presents the product on stage"))
                .isInstanceOf(GenerationRefusedException.class)
                .hasMessageContaining("Clara Wendt's consent covers Web, Social media but not TV");
    }

    @Test
    void consent_for_another_campaign_or_an_expired_one_is_refused() {
        var person = consents.person("Dora Lind");
        var other = new ConsentDraft(false, Set.of(campaignId), Set.of(Channel.WEB), "EU", "Ads",
                java.time.LocalDate.now().minusYears(2), java.time.LocalDate.now().minusYears(1), false, null, null);
        consents.signed(person.id(), other);
        var cardId = cardShowing(person, Channel.WEB);

        assertThatThrownBy(() -> request(cardId, "Dora waves at the camera"))
                .isInstanceOf(GenerationRefusedException.class)
                .hasMessageContaining("Dora Lind's consent expired on " + java.time.LocalDate.now().minusYears(1));
    }

    @Test
    void with_valid_consent_the_video_is_made_and_after_revocation_it_is_flagged_and_cannot_be_approved_or_shared_even_by_an_earlier_link()
            throws Exception {
        var person = consents.person("Emil Hart");
        var consent = consents.signed(person.id(), Consents.forCampaign(campaignId, Channel.WEB, Channel.TV));
        var cardId = cardShowing(person, Channel.TV);

        var video = await.ended(request(cardId, "Emil presents the new dashboard").getFirst().id());
        assertThat(video.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(reviews.blocked(video.id())).isEmpty();
        var earlierLink = guestLinks.create(video.id(), 7, null);
        var token = earlierLink.url().substring(earlierLink.url().lastIndexOf('/') + 1);
        assertThat(guestReviews.open(token).state()).isEqualTo(GuestAccess.State.OPEN);

        var event = consentService.revoke(consent.id());

        assertThat(event.affectedGenerationIds()).containsExactly(video.id());
        assertThat(event.campaignIds()).containsExactly(campaignId);
        assertThat(events.stream(ConsentRevoked.class)).anySatisfy(e -> assertThat(e.personName()).isEqualTo("Emil Hart"));
        assertThat(reviews.blocked(video.id())).hasValueSatisfying(reason -> assertThat(reason)
                .contains("Consent revoked: Emil Hart withdrew consent #" + consent.id()));
        assertThatThrownBy(() -> reviews.decide(video.id(), Verdict.APPROVE, null))
                .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("cannot be approved");
        assertThat(reviews.summary(video.id()).decisions()).isEmpty();
        assertThatThrownBy(() -> guestLinks.create(video.id(), 7, null))
                .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("cannot be shared");
        assertThat(guestLinks.links(video.id())).extracting(l -> l.id()).containsExactly(earlierLink.id());
        SignIn.out();
        assertThat(guestReviews.open(token).state()).isEqualTo(GuestAccess.State.REVOKED);
        assertThat(guestReviews.video(token, false)).isEmpty();
        signIn.as(DemoLogins.MANAGER);
        assertThatThrownBy(() -> request(cardId, "Emil presents the new dashboard again"))
                .isInstanceOf(GenerationRefusedException.class).hasMessageContaining("Emil Hart revoked their consent");
    }

    @Test
    void a_reviewer_may_still_reject_a_flagged_video() throws Exception {
        var person = consents.person("Fiona Roth");
        var consent = consents.signed(person.id(), Consents.forCampaign(campaignId, Channel.WEB));
        var cardId = cardShowing(person, Channel.WEB);
        var video = await.ended(request(cardId, "Fiona in the lobby").getFirst().id());
        consentService.revoke(consent.id());

        var summary = reviews.decide(video.id(), Verdict.REJECT, "She withdrew her consent");

        assertThat(summary.decisions()).hasSize(1);
    }
}
