package dev.clapboard.compliance.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import dev.clapboard.base.ui.NotFoundView;
import dev.clapboard.compliance.CardPeopleService;
import dev.clapboard.compliance.Channel;
import dev.clapboard.compliance.Consents;
import dev.clapboard.security.Roles;
import dev.clapboard.support.Cards;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CardPeopleViewTest extends KaribuTest {

    @Autowired
    Consents consents;
    @Autowired
    CardPeopleService cardPeople;
    @Autowired
    Cards cards;
    @Autowired
    SecondWorkspace secondWorkspace;

    @Test
    void a_creator_declares_who_the_video_shows_and_sees_whose_consent_is_missing() {
        signIn(DemoLogins.MANAGER);
        var person = consents.person("Tilo Urban");
        var campaignId = consents.demoCampaignId();
        var cardId = cards.newCard(campaignId, "Tilo's testimonial");
        signIn(DemoLogins.CREATOR);
        reload();
        UI.getCurrent().navigate("campaigns/" + campaignId + "/cards/" + cardId + "/people");
        var view = _get(CardPeopleView.class);
        assertThat(view.title.getText()).isEqualTo("People in this video · Tilo's testimonial");

        var tilo = view.shown.getListDataView().getItems().filter(p -> p.id() == person.id())
                .collect(Collectors.toSet());
        _setValue(view.shown, tilo);
        _click(view.save);
        assertThat(view.channels.isInvalid()).isTrue();
        assertThat(view.channels.getErrorMessage())
                .isEqualTo("Choose where the video will run, so consent can be checked for those channels.");
        assertThat(cardPeople.people(campaignId, cardId).people()).isEmpty();

        _setValue(view.channels, Set.of(Channel.SOCIAL));
        _click(view.save);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0)).containsExactly("Tilo Urban", "Blocked", "Tilo Urban has no consent record");
        assertThat(cardPeople.people(campaignId, cardId).channels()).containsExactly(Channel.SOCIAL);
    }

    @Test
    void a_reviewer_sees_the_people_of_a_card_but_cannot_change_them() {
        signIn(DemoLogins.MANAGER);
        var cardId = cards.newCard(consents.demoCampaignId(), "Reviewer looks at people");
        signIn(DemoLogins.REVIEWER);
        reload();

        UI.getCurrent().navigate("campaigns/" + consents.demoCampaignId() + "/cards/" + cardId + "/people");
        var view = _get(CardPeopleView.class);

        assertThat(view.shown.isReadOnly()).isTrue();
        assertThat(view.channels.isReadOnly()).isTrue();
        assertThat(view.save.isVisible()).isFalse();
    }

    @Test
    void a_card_of_another_workspace_or_campaign_is_not_found() {
        var other = secondWorkspace.create("Contoso Cards", "manager@contoso-cards.example", Roles.MANAGER,
                "Contoso card campaign");
        signIn(DemoLogins.MANAGER);
        var cardId = cards.newCard(consents.demoCampaignId(), "Belongs to Northwind");

        openUrl("campaigns/" + other.campaignId() + "/cards/" + cardId + "/people");
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
        openUrl("campaigns/" + consents.demoCampaignId() + "/cards/999999/people");
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
    }
}
