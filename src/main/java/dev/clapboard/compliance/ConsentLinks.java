package dev.clapboard.compliance;

import dev.clapboard.compliance.ConsentInvitation.State;
import dev.clapboard.compliance.domain.Consent;
import dev.clapboard.compliance.domain.ConsentLink;
import dev.clapboard.compliance.domain.ConsentLinkRepository;
import dev.clapboard.compliance.domain.ConsentRepository;
import dev.clapboard.compliance.domain.PersonRepository;
import dev.clapboard.security.SystemActor;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The person's side of a consent link, without signing in: see exactly what they consent to, confirm with their
 * name and a tick, and revoke later through the same link. The link expires for confirming; a confirmed consent
 * can be revoked through it at any time. The workspace comes from the link, never from a session.
 */
@Service
public class ConsentLinks {

    private final ConsentLinkRepository links;
    private final ConsentRepository consents;
    private final PersonRepository people;
    private final Revocations revocations;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ConsentLinks(ConsentLinkRepository links, ConsentRepository consents, PersonRepository people,
            Revocations revocations, ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.links = links;
        this.consents = consents;
        this.people = people;
        this.revocations = revocations;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    public ConsentInvitation open(String token) {
        return link(token).map(link -> inWorkspace(link, () -> invitation(link, consent(link))))
                .orElseGet(() -> ConsentInvitation.of(State.UNKNOWN));
    }

    /**
     * Confirms the consent as the person (or, for a minor, the guardian) named in it.
     *
     * @param ip the address the confirmation came from, stored with it
     * @throws ComplianceRefusedException when the name does not match, the box is not ticked or the link is no
     *         longer open
     */
    public ConsentInvitation confirm(String token, String typedName, boolean agreed, String ip) {
        var link = link(token).orElseThrow(() -> closed("This consent link does not exist."));
        return inWorkspace(link, () -> {
            var consent = consent(link);
            var state = invitation(link, consent).state();
            if (state != State.OPEN) {
                throw closed(switch (state) {
                    case EXPIRED -> "This consent link has expired; ask for a new one.";
                    case CONFIRMED -> "This consent was already confirmed.";
                    case REVOKED -> "This consent was revoked.";
                    default -> "This consent link does not exist.";
                });
            }
            var signer = signer(consent);
            if (!Names.normalise(typedName).equals(Names.normalise(signer))) {
                throw new ComplianceRefusedException(ComplianceRefusedException.NAME,
                        "Type your full name as shown: " + signer + ".");
            }
            if (!agreed) {
                throw new ComplianceRefusedException(ComplianceRefusedException.CONFIRMATION,
                        "Tick the box to confirm that you consent.");
            }
            var now = clock.instant();
            consent.confirm(typedName.strip(), now, ip.length() > 64 ? ip.substring(0, 64) : ip);
            var person = people.findById(consent.getPersonId()).orElseThrow();
            events.publishEvent(new ConsentGranted(link.getWorkspaceId(), person.getId(), person.getName(),
                    consent.getId(), consent.getSource(), typedName.strip(), consent.isAllCampaigns(),
                    consent.getCampaignIds().stream().sorted().toList(), consent.getChannels(), now));
            return invitation(link, consent);
        });
    }

    /** The person withdraws a consent they confirmed (or never confirmed) through their link. */
    public ConsentInvitation revoke(String token, String ip) {
        var link = link(token).orElseThrow(() -> closed("This consent link does not exist."));
        return inWorkspace(link, () -> {
            var consent = consent(link);
            if (consent.getStatus() == ConsentStatus.REVOKED) {
                throw closed("This consent was already revoked.");
            }
            var person = people.findById(consent.getPersonId()).orElseThrow();
            revocations.revoke(link.getWorkspaceId(), person, consent, signer(consent) + Consent.THROUGH_LINK,
                    ip.length() > 64 ? ip.substring(0, 64) : ip);
            return invitation(link, consent);
        });
    }

    private ConsentInvitation invitation(ConsentLink link, Consent consent) {
        var state = switch (consent.getStatus()) {
            case REVOKED -> State.REVOKED;
            case ACTIVE -> State.CONFIRMED;
            case AWAITING_CONFIRMATION -> link.getExpiresAt().isAfter(clock.instant()) ? State.OPEN : State.EXPIRED;
        };
        if (state == State.EXPIRED) {
            return ConsentInvitation.of(State.EXPIRED);
        }
        var person = people.findById(consent.getPersonId()).orElseThrow();
        return new ConsentInvitation(state, person.getName(), signer(consent), consent.getTextShown(),
                link.getExpiresAt(), consent.getConfirmedAt());
    }

    /** Who confirms: the person, or for a minor the guardian named in the consent. */
    private String signer(Consent consent) {
        return Optional.ofNullable(consent.getGuardianName())
                .orElseGet(() -> people.findById(consent.getPersonId()).orElseThrow().getName());
    }

    private Consent consent(ConsentLink link) {
        return consents.findById(link.getConsentId()).orElseThrow();
    }

    private Optional<ConsentLink> link(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(transaction.execute(status -> links.findByTokenHash(ConsentTokens.sha256(token))
                .orElse(null)));
    }

    private <T> T inWorkspace(ConsentLink link, Supplier<T> work) {
        return SystemActor.callInWorkspace(link.getWorkspaceId(),
                () -> Objects.requireNonNull(transaction.execute(status -> work.get())));
    }

    private static ComplianceRefusedException closed(String message) {
        return new ComplianceRefusedException(ComplianceRefusedException.RECORD, message);
    }
}
