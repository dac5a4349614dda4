package dev.clapboard.compliance;

import dev.clapboard.base.Texts;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignSummary;
import dev.clapboard.compliance.domain.Consent;
import dev.clapboard.compliance.domain.ConsentLink;
import dev.clapboard.compliance.domain.ConsentLinkRepository;
import dev.clapboard.compliance.domain.ConsentRepository;
import dev.clapboard.compliance.domain.Person;
import dev.clapboard.compliance.domain.PersonRepository;
import dev.clapboard.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent records of the people in the register. Managers record a signed declaration or send the person a
 * link to confirm in the app, and revoke a consent at any time; every member reads them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ConsentService {

    public static final int MAX_DECLARATION_BYTES = 20 * 1024 * 1024;
    public static final int MAX_LINK_DAYS = 30;
    public static final String LINK_PATH = "/consent/";

    private final PersonRepository people;
    private final ConsentRepository consents;
    private final ConsentLinkRepository links;
    private final CampaignService campaigns;
    private final ComplianceFiles files;
    private final Revocations revocations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    ConsentService(PersonRepository people, ConsentRepository consents, ConsentLinkRepository links,
            CampaignService campaigns, ComplianceFiles files, Revocations revocations, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, @Value("${clapboard.base-url}") String baseUrl) {
        this.people = people;
        this.consents = consents;
        this.links = links;
        this.campaigns = campaigns;
        this.files = files;
        this.revocations = revocations;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** A person's consent records, newest first. */
    public List<ConsentRecord> consents(long personId) {
        var person = people.findById(personId).orElseThrow(() -> PeopleService.notFound(personId));
        return consents.findByPersonIdOrderByCreatedAtDescIdDesc(personId).stream().map(c -> record(c, person)).toList();
    }

    /**
     * Every consent record that covers {@code campaignId} (for all campaigns or naming it), revoked and waiting
     * ones included, oldest first: what legal needs in a campaign's compliance export.
     */
    public List<ConsentRecord> consentRecords(long campaignId) {
        return consents.covering(campaignId).stream()
                .map(c -> record(c, people.findById(c.getPersonId()).orElseThrow())).toList();
    }

    /** The uploaded signed declaration of a consent, for members of its workspace only. */
    public Optional<StoredFile> declaration(long consentId) {
        return consents.findById(consentId).filter(c -> c.getDeclarationKey() != null).map(c -> new StoredFile(
                Objects.requireNonNullElse(c.getDeclarationName(), "declaration"),
                Objects.requireNonNullElse(c.getDeclarationType(), "application/octet-stream"),
                files.read(Objects.requireNonNull(c.getDeclarationKey()))));
    }

    /** Records a consent the person gave by signing {@code declaration} (a PDF or an image of the page). */
    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public ConsentRecord recordDeclaration(long personId, ConsentDraft draft, String fileName, byte[] declaration) {
        var person = existing(personId);
        check(person, draft);
        if (declaration.length == 0 || declaration.length > MAX_DECLARATION_BYTES) {
            throw new ComplianceRefusedException(ComplianceRefusedException.FILE,
                    "Upload the signed declaration as a PDF or image of at most 20 MB.");
        }
        var type = FileKinds.detect(declaration).filter(FileKinds.DECLARATIONS::contains).orElseThrow(
                () -> new ComplianceRefusedException(ComplianceRefusedException.FILE, PeopleService.cleanFileName(fileName)
                        + " is not a PDF, JPEG or PNG file."));
        MediaChecks.problem(declaration, type).ifPresent(problem -> {
            throw new ComplianceRefusedException(ComplianceRefusedException.FILE,
                    PeopleService.cleanFileName(fileName) + " " + problem);
        });
        var me = currentUser.require();
        var consent = new Consent(personId, ConsentSource.UPLOADED_DECLARATION, scope(draft), me.displayName(),
                clock.instant());
        consent.declaration(files.store(declaration), type, PeopleService.cleanFileName(fileName));
        consents.save(consent);
        events.publishEvent(new ConsentGranted(me.workspaceId(), personId, person.getName(), consent.getId(),
                consent.getSource(), me.displayName(), consent.isAllCampaigns(),
                consent.getCampaignIds().stream().sorted().toList(), consent.getChannels(), clock.instant()));
        return record(consent, person);
    }

    /**
     * Prepares a consent for the person to confirm themselves, through a link valid for {@code days} days. The
     * text they will see is fixed now and stored with the record.
     */
    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public ConsentLinkSent requestByLink(long personId, ConsentDraft draft, int days) {
        var person = existing(personId);
        var campaignNames = check(person, draft);
        if (days < 1 || days > MAX_LINK_DAYS) {
            throw new ComplianceRefusedException(ComplianceRefusedException.DAYS,
                    "A consent link is valid for 1 to " + MAX_LINK_DAYS + " days.");
        }
        var me = currentUser.require();
        var now = clock.instant();
        var consent = new Consent(personId, ConsentSource.CONFIRMED_BY_LINK, scope(draft), me.displayName(), now);
        consent.presentText(ConsentText.of(me.workspaceName(), person.getName(), person.isAdult(), draft, campaignNames));
        consents.save(consent);
        var token = ConsentTokens.newToken();
        var expires = now.plus(Duration.ofDays(days));
        links.save(new ConsentLink(me.workspaceId(), consent.getId(), ConsentTokens.sha256(token), expires, now));
        events.publishEvent(new ConsentRequested(me.workspaceId(), personId, person.getName(), consent.getId(),
                me.displayName(), expires, now));
        return new ConsentLinkSent(record(consent, person), baseUrl + LINK_PATH + token, expires);
    }

    /** Ends a consent now; every video showing the person under it is flagged and the campaigns are told. */
    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public ConsentRevoked revoke(long consentId) {
        var consent = consents.findById(consentId).orElseThrow(() -> new ComplianceRefusedException(
                ComplianceRefusedException.RECORD, "Consent " + consentId + " is not in this workspace."));
        var me = currentUser.require();
        return revocations.revoke(me.workspaceId(), existing(consent.getPersonId()), consent, me.displayName(), null);
    }

    private Person existing(long personId) {
        return people.findById(personId).orElseThrow(() -> PeopleService.notFound(personId));
    }

    /** Refuses a scope that cannot be recorded; returns the names of the chosen campaigns. */
    private List<String> check(Person person, ConsentDraft draft) {
        if (draft.channels().isEmpty()) {
            throw new ComplianceRefusedException(ComplianceRefusedException.CHANNELS, "Choose at least one channel.");
        }
        if (!draft.allCampaigns() && draft.campaignIds().isEmpty()) {
            throw new ComplianceRefusedException(ComplianceRefusedException.CAMPAIGNS,
                    "Choose the campaigns, or all campaigns.");
        }
        var names = new ArrayList<String>();
        if (!draft.allCampaigns()) {
            for (var id : draft.campaignIds().stream().sorted().toList()) {
                names.add(campaigns.find(id).map(CampaignSummary::name).orElseThrow(() -> new ComplianceRefusedException(
                        ComplianceRefusedException.CAMPAIGNS, "Campaign " + id + " is not in this workspace.")));
            }
        }
        if (draft.territories().isBlank() || draft.territories().length() > 500) {
            throw new ComplianceRefusedException("territories", "Name the territories (e.g. \"EU\" or \"worldwide\").");
        }
        if (draft.purposes().isBlank() || draft.purposes().length() > 1000) {
            throw new ComplianceRefusedException("purposes", "Name the purposes (e.g. \"product advertising\").");
        }
        if (draft.validUntil() != null && draft.validUntil().isBefore(draft.validFrom())) {
            throw new ComplianceRefusedException(ComplianceRefusedException.VALID_UNTIL,
                    "The end date must not be before the start date.");
        }
        // the columns' lengths (V10): longer text would fail in the database instead of at the field
        if (draft.guardianName() != null && draft.guardianName().strip().length() > 200) {
            throw new ComplianceRefusedException(ComplianceRefusedException.GUARDIAN,
                    "Give the guardian's name in up to 200 characters.");
        }
        if (draft.guardianRelation() != null && draft.guardianRelation().strip().length() > 100) {
            throw new ComplianceRefusedException(ComplianceRefusedException.GUARDIAN_RELATION,
                    "Describe the relationship in up to 100 characters.");
        }
        if (!person.isAdult() && (blank(draft.guardianName()) || blank(draft.guardianRelation()))) {
            throw new ComplianceRefusedException(ComplianceRefusedException.GUARDIAN, person.getName()
                    + " is a minor: give the name of the parent or guardian who consents and how they are related.");
        }
        return names;
    }

    private static boolean blank(@org.jspecify.annotations.Nullable String text) {
        return text == null || Texts.invisible(text);
    }

    private static Consent.Scope scope(ConsentDraft d) {
        return new Consent.Scope(d.allCampaigns(), d.campaignIds(), d.channels(), d.territories().strip(),
                d.purposes().strip(), d.validFrom(), d.validUntil(), d.voice(),
                blank(d.guardianName()) ? null : d.guardianName().strip(),
                blank(d.guardianRelation()) ? null : d.guardianRelation().strip());
    }

    static ConsentRecord record(Consent c, Person person) {
        return new ConsentRecord(c.getId(), person.getId(), person.getName(), person.isAdult(), c.getStatus(),
                c.getSource(), c.isAllCampaigns(), c.getCampaignIds().stream().sorted().toList(), c.getChannels(),
                c.getTerritories(), c.getPurposes(), c.getValidFrom(), c.getValidUntil(), c.isVoice(),
                c.getGuardianName(), c.getGuardianRelation(), c.getDeclarationName(), c.getTextShown(),
                c.getConfirmedName(), c.getConfirmedAt(), c.getConfirmedIp(), c.getRevokedAt(), c.getRevokedBy(),
                c.getRevokedIp(), c.getCreatedBy(), c.getCreatedAt());
    }
}
