package dev.clapboard.compliance;

import dev.clapboard.campaign.BoardService;
import dev.clapboard.campaign.CardDetails;
import dev.clapboard.compliance.domain.CardCast;
import dev.clapboard.compliance.domain.CardCastRepository;
import dev.clapboard.compliance.domain.PersonRepository;
import dev.clapboard.security.CurrentUser;
import java.time.Clock;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "People in this video": the people a card's video shows and the channels it will run on, which the consent
 * gate checks on every generation of the card. Creators declare them, as they write the card.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CardPeopleService {

    private final CardCastRepository casts;
    private final PersonRepository people;
    private final BoardService boards;
    private final ConsentGate gate;
    private final CurrentUser currentUser;
    private final Clock clock;

    CardPeopleService(CardCastRepository casts, PersonRepository people, BoardService boards, ConsentGate gate,
            CurrentUser currentUser, Clock clock) {
        this.casts = casts;
        this.people = people;
        this.boards = boards;
        this.gate = gate;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The card's people and whether each is cleared today.
     *
     * @throws ComplianceRefusedException when the card is not on that campaign in this workspace
     */
    public CardPeople people(long campaignId, long cardId) {
        var card = card(campaignId, cardId);
        var cast = casts.findByCardId(cardId);
        var channels = cast.map(CardCast::getChannels).orElse(Set.of());
        var declared = cast.map(CardCast::getPersonIds).orElse(Set.of());
        var clearance = gate.clearance(campaignId, cardId, "").stream()
                .filter(c -> declared.contains(c.personId())).toList();
        return new CardPeople(campaignId, cardId, card.draft().title(), channels, clearance);
    }

    @Transactional
    @PreAuthorize("hasRole('CREATOR')")
    public CardPeople declare(long campaignId, long cardId, Set<Long> personIds, Set<Channel> channels) {
        card(campaignId, cardId);
        for (var id : personIds) {
            people.findById(id).orElseThrow(() -> new ComplianceRefusedException(ComplianceRefusedException.PEOPLE,
                    "Person " + id + " is not in this workspace's register."));
        }
        if (!personIds.isEmpty() && channels.isEmpty()) {
            throw new ComplianceRefusedException(ComplianceRefusedException.CHANNELS,
                    "Choose where the video will run, so consent can be checked for those channels.");
        }
        var cast = casts.findByCardId(cardId).orElseGet(() -> new CardCast(campaignId, cardId));
        cast.declare(personIds, channels, currentUser.require().displayName(), clock.instant());
        casts.save(cast);
        return people(campaignId, cardId);
    }

    private CardDetails card(long campaignId, long cardId) {
        return boards.card(cardId).filter(c -> c.campaignId() == campaignId).orElseThrow(
                () -> new ComplianceRefusedException(ComplianceRefusedException.RECORD,
                        "Card " + cardId + " is not on campaign " + campaignId + " in this workspace."));
    }
}
