package dev.clapboard.compliance;

import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignSummary;
import dev.clapboard.compliance.domain.CardCast;
import dev.clapboard.compliance.domain.CardCastRepository;
import dev.clapboard.compliance.domain.Consent;
import dev.clapboard.compliance.domain.ConsentRepository;
import dev.clapboard.compliance.domain.Person;
import dev.clapboard.compliance.domain.PersonRepository;
import dev.clapboard.workspace.WorkspaceSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who a video shows and whether each of them consented to this campaign, the card's channels and today's date.
 * A video shows the people its card declares and every person of the register the prompt names. The channels
 * come from the card's declaration: campaigns have no channel of their own (see decision 0010).
 */
@Component
class ConsentGate {

    private final PersonRepository people;
    private final ConsentRepository consents;
    private final CardCastRepository casts;
    private final CampaignService campaigns;
    private final WorkspaceSettingsService settings;
    private final Clock clock;

    ConsentGate(PersonRepository people, ConsentRepository consents, CardCastRepository casts,
            CampaignService campaigns, WorkspaceSettingsService settings, Clock clock) {
        this.people = people;
        this.consents = consents;
        this.casts = casts;
        this.campaigns = campaigns;
        this.settings = settings;
        this.clock = clock;
    }

    /** The people a video of this card and prompt shows: declared on the card, or named in the prompt. */
    List<Person> shown(@Nullable Long cardId, String promptText) {
        var ids = new LinkedHashSet<Long>();
        if (cardId != null) {
            casts.findByCardId(cardId).ifPresent(cast -> ids.addAll(cast.getPersonIds().stream().sorted().toList()));
        }
        var words = Names.words(promptText);
        var register = people.findAllByOrderByNameAscIdAsc();
        register.stream().filter(p -> Names.occursExactlyIn(Names.words(p.getName()), words)).map(Person::getId)
                .forEach(ids::add);
        return register.stream().filter(p -> ids.contains(p.getId())).toList();
    }

    List<PersonClearance> clearance(long campaignId, @Nullable Long cardId, String promptText) {
        var shown = shown(cardId, promptText);
        if (shown.isEmpty()) {
            return List.of();
        }
        var channels = cardId == null ? EnumSet.noneOf(Channel.class)
                : casts.findByCardId(cardId).map(CardCast::getChannels).orElse(EnumSet.noneOf(Channel.class));
        var declared = cardId == null ? Set.<Long>of()
                : casts.findByCardId(cardId).map(CardCast::getPersonIds).orElse(Set.of());
        var today = LocalDate.now(clock.withZone(settings.timeZone()));
        var campaignName = campaigns.find(campaignId).map(CampaignSummary::name).orElse("campaign " + campaignId);
        var byPerson = consents.findByPersonIdInAndStatus(shown.stream().map(Person::getId).toList(),
                ConsentStatus.ACTIVE);
        var result = new ArrayList<PersonClearance>();
        for (var person : shown) {
            if (!declared.contains(person.getId()) || channels.isEmpty()) {
                result.add(new PersonClearance(person.getId(), person.getName(), false, person.getName()
                        + (declared.contains(person.getId()) ? " is shown" : " is named in the prompt")
                        + ", but the card does not declare where the video will run: add them and the channels under "
                        + "\"People in this video\""));
                continue;
            }
            var own = byPerson.stream().filter(c -> c.getPersonId() == person.getId()).toList();
            result.add(clear(person, own, campaignId, campaignName, channels, today));
        }
        return result;
    }

    private PersonClearance clear(Person person, List<Consent> active, long campaignId, String campaignName,
            Set<Channel> channels, LocalDate today) {
        var name = person.getName();
        var valid = active.stream().filter(c -> covers(c, campaignId) && c.getChannels().containsAll(channels)
                && validOn(c, today)).max(Comparator.comparing(Consent::getCreatedAt));
        if (valid.isPresent()) {
            var c = valid.get();
            return new PersonClearance(person.getId(), name, true, name + ": consent #" + c.getId() + " covers "
                    + Channel.labels(c.getChannels()) + (c.getValidUntil() == null ? "" : " until " + c.getValidUntil()));
        }
        if (active.isEmpty()) {
            var all = consents.findByPersonIdOrderByCreatedAtDescIdDesc(person.getId());
            var why = all.isEmpty() ? " has no consent record"
                    : all.getFirst().getStatus() == ConsentStatus.AWAITING_CONFIRMATION
                            ? " has not yet confirmed the consent sent by link"
                            : " revoked their consent on " + String.valueOf(all.getFirst().getRevokedAt()).substring(0, 10);
            return new PersonClearance(person.getId(), name, false, name + why);
        }
        var forCampaign = active.stream().filter(c -> covers(c, campaignId)).toList();
        if (forCampaign.isEmpty()) {
            return new PersonClearance(person.getId(), name, false, name + "'s consent does not cover the campaign \""
                    + campaignName + "\"");
        }
        var forChannels = forCampaign.stream().filter(c -> c.getChannels().containsAll(channels)).toList();
        if (forChannels.isEmpty()) {
            var best = forCampaign.getFirst();
            var missing = EnumSet.copyOf(channels);
            missing.removeAll(best.getChannels());
            return new PersonClearance(person.getId(), name, false, name + "'s consent covers "
                    + Channel.labels(best.getChannels()) + " but not " + Channel.labels(missing));
        }
        var dated = forChannels.getFirst();
        return new PersonClearance(person.getId(), name, false, name + "'s consent " + (today.isBefore(dated.getValidFrom())
                ? "is valid only from " + dated.getValidFrom() : "expired on " + dated.getValidUntil()));
    }

    private static boolean covers(Consent c, long campaignId) {
        return c.isAllCampaigns() || c.getCampaignIds().contains(campaignId);
    }

    private static boolean validOn(Consent c, LocalDate day) {
        return !day.isBefore(c.getValidFrom()) && (c.getValidUntil() == null || !day.isAfter(c.getValidUntil()));
    }
}
