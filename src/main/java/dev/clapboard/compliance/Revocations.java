package dev.clapboard.compliance;

import dev.clapboard.compliance.domain.CardCastRepository;
import dev.clapboard.compliance.domain.Consent;
import dev.clapboard.compliance.domain.ConsentFlag;
import dev.clapboard.compliance.domain.ConsentFlagRepository;
import dev.clapboard.compliance.domain.GenerationPersonRepository;
import dev.clapboard.compliance.domain.Person;
import java.time.Clock;
import java.util.ArrayList;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a revocation does, whoever revokes: the consent ends, every video that shows the person in a campaign the
 * consent covered is flagged "consent revoked", and {@link ConsentRevoked} tells the campaigns' managers. A flag
 * stays even when a new consent is given later: such a video is made again, not un-flagged.
 */
@Component
class Revocations {

    private final GenerationPersonRepository uses;
    private final ConsentFlagRepository flags;
    private final CardCastRepository casts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Revocations(GenerationPersonRepository uses, ConsentFlagRepository flags, CardCastRepository casts,
            ApplicationEventPublisher events, Clock clock) {
        this.uses = uses;
        this.flags = flags;
        this.casts = casts;
        this.events = events;
        this.clock = clock;
    }

    /** Runs inside the caller's transaction and workspace. */
    ConsentRevoked revoke(long workspaceId, Person person, Consent consent, String by, @Nullable String ip) {
        if (consent.getStatus() == ConsentStatus.REVOKED) {
            throw new ComplianceRefusedException(ComplianceRefusedException.RECORD, "This consent was already revoked.");
        }
        var now = clock.instant();
        consent.revoke(by, now, ip);
        var generations = new TreeSet<Long>();
        var campaigns = new TreeSet<Long>();
        var reason = "Consent revoked: " + person.getName() + " withdrew consent #" + consent.getId() + " ("
                + by + ", " + now.toString().substring(0, 10) + ")";
        for (var use : uses.findByPersonId(person.getId())) {
            if (!consent.isAllCampaigns() && !consent.getCampaignIds().contains(use.getCampaignId())) {
                continue;
            }
            generations.add(use.getGenerationId());
            campaigns.add(use.getCampaignId());
            if (!flags.existsByGenerationIdAndPersonId(use.getGenerationId(), person.getId())) {
                flags.save(new ConsentFlag(use.getGenerationId(), use.getCampaignId(), person.getId(), consent.getId(),
                        reason, now));
            }
        }
        casts.declaring(person.getId()).stream().map(c -> c.getCampaignId())
                .filter(id -> consent.isAllCampaigns() || consent.getCampaignIds().contains(id)).forEach(campaigns::add);
        var event = new ConsentRevoked(workspaceId, person.getId(), person.getName(), consent.getId(), by,
                new ArrayList<>(generations), new ArrayList<>(campaigns), now);
        events.publishEvent(event);
        return event;
    }
}
