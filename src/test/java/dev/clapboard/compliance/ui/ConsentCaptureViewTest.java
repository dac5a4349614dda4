package dev.clapboard.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import dev.clapboard.compliance.CardPeopleService;
import dev.clapboard.compliance.Channel;
import dev.clapboard.compliance.ComplianceRefusedException;
import dev.clapboard.compliance.ConsentLinkSent;
import dev.clapboard.compliance.ConsentLinks;
import dev.clapboard.compliance.ConsentService;
import dev.clapboard.compliance.ConsentStatus;
import dev.clapboard.compliance.Consents;
import dev.clapboard.compliance.PersonSummary;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.review.ReviewService;
import dev.clapboard.support.AwaitGenerations;
import dev.clapboard.support.Cards;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SignIn;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The consent link as the person uses it: without an account, from the link alone. */
class ConsentCaptureViewTest extends KaribuTest {

    @Autowired
    ConsentService consentService;
    @Autowired
    ConsentLinks links;
    @Autowired
    Consents consents;
    @Autowired
    CardPeopleService cardPeople;
    @Autowired
    GenerationService generations;
    @Autowired
    ReviewService reviews;
    @Autowired
    Cards cards;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AwaitGenerations await;

    private PersonSummary person;

    /** Made through the services only, so the browser session stays anonymous as the person's would. */
    private ConsentLinkSent linkFor(String name) {
        signIn.as(DemoLogins.MANAGER);
        person = consents.person(name);
        var sent = consentService.requestByLink(person.id(), Consents.forCampaign(consents.demoCampaignId(),
                Channel.WEB, Channel.TV), 7);
        SignIn.out();
        return sent;
    }

    private static String path(ConsentLinkSent sent) {
        return sent.url().substring(sent.url().indexOf("consent/"));
    }

    @Test
    void the_person_sees_exactly_what_they_consent_to_and_confirming_stores_name_time_address_and_text() {
        var sent = linkFor("Quirin Rademacher");
        openUrl(path(sent));
        var view = _get(ConsentCaptureView.class);
        assertThat(view.text.getText()).isEqualTo(sent.record().textShown())
                .startsWith("I, Quirin Rademacher, consent that Northwind Media may create videos")
                .contains("Channels: Web, TV").contains("Territories: EU");

        _setValue(view.name, "Somebody Else");
        _setValue(view.agree, true);
        _click(view.confirm);
        assertThat(view.name.getErrorMessage()).isEqualTo("Type your full name as shown: Quirin Rademacher.");
        _setValue(view.name, "quirin rademacher");
        _setValue(view.agree, false);
        _click(view.confirm);
        assertThat(view.message.getText()).isEqualTo("Tick the box to confirm that you consent.");

        _setValue(view.agree, true);
        _click(view.confirm);
        assertThat(view.message.getText()).startsWith("You confirmed this consent at");
        assertThat(view.revoke.isAttached()).isTrue();

        signIn.as(DemoLogins.MANAGER);
        var record = consentService.consents(person.id()).getFirst();
        assertThat(record.status()).isEqualTo(ConsentStatus.ACTIVE);
        assertThat(record.confirmedName()).isEqualTo("quirin rademacher");
        assertThat(record.confirmedAt()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1,
                ChronoUnit.MINUTES));
        assertThat(record.confirmedIp()).isNotBlank().isNotEqualTo("unknown");
        assertThat(record.textShown()).isEqualTo(sent.record().textShown());
    }

    @Test
    void an_expired_link_is_refused_and_the_consent_stays_unconfirmed() {
        var sent = linkFor("Rita Sommer");
        jdbc.update("update compliance_consent_link set expires_at = ? where consent_id = ?",
                Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS)), sent.record().id());

        openUrl(path(sent));
        var view = _get(ConsentCaptureView.class);
        assertThat(view.message.getText()).isEqualTo("This consent link has expired. Ask the team that sent it for a new one.");
        _assertNone(Button.class, spec -> spec.withText("Confirm my consent"));
        var token = path(sent).substring("consent/".length());
        assertThatThrownBy(() -> links.confirm(token, "Rita Sommer", true, "203.0.113.9"))
                .isInstanceOf(ComplianceRefusedException.class).hasMessageContaining("expired");

        signIn.as(DemoLogins.MANAGER);
        assertThat(consentService.consents(person.id()).getFirst().status())
                .isEqualTo(ConsentStatus.AWAITING_CONFIRMATION);
    }

    @Test
    void an_unknown_link_says_so() {
        openUrl("consent/no-such-token");

        assertThat(_get(ConsentCaptureView.class).message.getText()).isEqualTo("This consent link does not exist.");
    }

    @Test
    void the_person_revokes_through_their_link_and_the_video_showing_them_is_flagged() throws Exception {
        var sent = linkFor("Sven Tauber");
        var token = path(sent).substring("consent/".length());
        links.confirm(token, "Sven Tauber", true, "198.51.100.7");
        signIn.as(DemoLogins.MANAGER);
        var campaignId = consents.demoCampaignId();
        var cardId = cards.newCard(campaignId, "Sven's cameo");
        cardPeople.declare(campaignId, cardId, Set.of(person.id()), Set.of(Channel.TV));
        var video = generations.request(new GenerationOrder(campaignId, cardId, null, "Sven presents the app", "Cameo",
                "local", "storyboard-1", new VideoSize(640, 360), 4, 1, "animated")).getFirst();
        SignIn.out();

        openUrl(path(sent));
        var view = _get(ConsentCaptureView.class);
        _click(view.revoke);

        assertThat(view.message.getText()).isEqualTo("This consent was revoked.");
        signIn.as(DemoLogins.MANAGER);
        var record = consentService.consents(person.id()).getFirst();
        assertThat(record.status()).isEqualTo(ConsentStatus.REVOKED);
        assertThat(record.revokedBy()).isEqualTo("Sven Tauber (through the consent link)");
        assertThat(reviews.blocked(video.id())).hasValueSatisfying(reason -> assertThat(reason)
                .contains("Sven Tauber withdrew consent"));

        signIn(DemoLogins.REVIEWER);
        reload();
        UI.getCurrent().navigate("review/" + video.id());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("review-blocked")).getText())
                .startsWith("Consent revoked: Sven Tauber withdrew consent");
        await.ended(video.id()); // no video of this test keeps rendering into the next one

    }
}
