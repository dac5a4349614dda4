package dev.clapboard.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.base.ui.FieldErrors;
import dev.clapboard.compliance.CardPeople;
import dev.clapboard.compliance.CardPeopleService;
import dev.clapboard.compliance.Channel;
import dev.clapboard.compliance.ComplianceRefusedException;
import dev.clapboard.compliance.PeopleService;
import dev.clapboard.compliance.PersonClearance;
import dev.clapboard.compliance.PersonSummary;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/**
 * "People in this video": who a card's video shows and where it will run, and whether each person's consent
 * covers that today. The board's card dialog links here by URL. Creators and above change it.
 */
@Route("campaigns/:" + CardPeopleView.CAMPAIGN_ID + "/cards/:" + CardPeopleView.CARD_ID + "/people")
@PageTitle("People in this video · Clapboard")
@PermitAll
class CardPeopleView extends Main implements BeforeEnterObserver {

    static final String CAMPAIGN_ID = "campaignId";
    static final String CARD_ID = "cardId";

    private final CardPeopleService cards;
    private final PeopleService people;
    private final boolean mayChange;
    private long campaignId;
    private long cardId;

    final H2 title = new H2();
    final MultiSelectComboBox<PersonSummary> shown = new MultiSelectComboBox<>("People in this video");
    final CheckboxGroup<Channel> channels = new CheckboxGroup<>("Where the video will run");
    final Button save = new Button("Save", e -> save());
    final Grid<PersonClearance> grid = new Grid<>();
    final Paragraph status = new Paragraph();
    private final FieldErrors errors = new FieldErrors(status);

    CardPeopleView(CardPeopleService cards, PeopleService people, CurrentUser currentUser) {
        this.cards = cards;
        this.people = people;
        this.mayChange = currentUser.require().hasRole(Roles.CREATOR);
        addClassName("card-people-view");
        shown.setItemLabelGenerator(PersonSummary::name);
        shown.setWidthFull();
        channels.setItems(Channel.values());
        channels.setItemLabelGenerator(Channel::label);
        shown.setReadOnly(!mayChange);
        channels.setReadOnly(!mayChange);
        save.setVisible(mayChange);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(PersonClearance::name).setHeader("Person").setAutoWidth(true);
        grid.addColumn(c -> c.cleared() ? "Cleared" : "Blocked").setHeader("Today").setAutoWidth(true);
        grid.addColumn(PersonClearance::explanation).setHeader("Why").setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("This card shows no real people.");
        errors.field(ComplianceRefusedException.CHANNELS, channels).field(ComplianceRefusedException.PEOPLE, shown);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var campaign = event.getRouteParameters().get(CAMPAIGN_ID).flatMap(Ids::parse);
        var card = event.getRouteParameters().get(CARD_ID).flatMap(Ids::parse);
        if (campaign.isEmpty() || card.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            campaignId = campaign.get();
            cardId = card.get();
            show(cards.people(campaignId, cardId));
        } catch (ComplianceRefusedException notHere) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(CardPeople card) {
        removeAll();
        title.setText("People in this video · " + card.cardTitle());
        var register = people.all();
        shown.setItems(register);
        shown.setValue(register.stream().filter(p -> card.people().stream().anyMatch(c -> c.personId() == p.id()))
                .collect(Collectors.toSet()));
        channels.setValue(card.channels());
        grid.setItems(card.people());
        add(new Anchor("campaigns/" + card.campaignId(), "← Board"), title, new Paragraph("Every generation of this "
                + "card is refused unless each person here (and anyone of the register the prompt names) has a valid "
                + "consent for this campaign, these channels and today."), shown, channels, save, status, grid,
                new Anchor("people", "People register"));
    }

    private void save() {
        errors.clear();
        try {
            show(cards.declare(campaignId, cardId, shown.getValue().stream().map(PersonSummary::id)
                    .collect(Collectors.toSet()), channels.getValue()));
            Notification.show("Saved.");
        } catch (ComplianceRefusedException refused) {
            errors.show(refused);
        }
    }
}
