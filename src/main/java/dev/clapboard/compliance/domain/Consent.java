package dev.clapboard.compliance.domain;

import dev.clapboard.compliance.Channel;
import dev.clapboard.compliance.ConsentSource;
import dev.clapboard.compliance.ConsentStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One consent of one person: what it covers (campaigns, channels, territories, purposes, dates, voice), how it
 * was given (an uploaded declaration or the person's own confirmation by link) and whether it was revoked.
 */
@Entity
@Table(name = "compliance_consent")
public class Consent {

    /** How {@code revokedBy} ends when the person revoked through their own link. */
    public static final String THROUGH_LINK = " (through the consent link)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long personId;
    @Enumerated(EnumType.STRING)
    private ConsentStatus status;
    @Enumerated(EnumType.STRING)
    private ConsentSource source;
    private boolean allCampaigns;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "compliance_consent_campaign", joinColumns = @JoinColumn(name = "consent_id"))
    @Column(name = "campaign_id")
    private Set<Long> campaignIds = new HashSet<>();
    private String channels;
    private String territories;
    private String purposes;
    private LocalDate validFrom;
    private @Nullable LocalDate validUntil;
    private boolean voice;
    private @Nullable String guardianName;
    private @Nullable String guardianRelation;
    private @Nullable String declarationKey;
    private @Nullable String declarationType;
    private @Nullable String declarationName;
    private @Nullable String textShown;
    private @Nullable String confirmedName;
    private @Nullable Instant confirmedAt;
    private @Nullable String confirmedIp;
    private @Nullable Instant revokedAt;
    private @Nullable String revokedBy;
    private @Nullable String revokedIp;
    private String createdBy;
    private Instant createdAt;
    private @Nullable Instant pseudonymisedAt;
    @Version
    private long version;

    protected Consent() {
        this.status = ConsentStatus.AWAITING_CONFIRMATION;
        this.source = ConsentSource.CONFIRMED_BY_LINK;
        this.channels = "";
        this.territories = "";
        this.purposes = "";
        this.validFrom = LocalDate.EPOCH;
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    /** The scope every consent has, whichever way it is given. */
    public record Scope(boolean allCampaigns, Set<Long> campaignIds, Set<Channel> channels, String territories,
            String purposes, LocalDate validFrom, @Nullable LocalDate validUntil, boolean voice,
            @Nullable String guardianName, @Nullable String guardianRelation) {
    }

    public Consent(long personId, ConsentSource source, Scope scope, String createdBy, Instant createdAt) {
        this();
        this.personId = personId;
        this.source = source;
        this.status = source == ConsentSource.UPLOADED_DECLARATION ? ConsentStatus.ACTIVE
                : ConsentStatus.AWAITING_CONFIRMATION;
        this.allCampaigns = scope.allCampaigns();
        this.campaignIds = new HashSet<>(scope.allCampaigns() ? Set.of() : scope.campaignIds());
        this.channels = Channel.join(scope.channels());
        this.territories = scope.territories();
        this.purposes = scope.purposes();
        this.validFrom = scope.validFrom();
        this.validUntil = scope.validUntil();
        this.voice = scope.voice();
        this.guardianName = scope.guardianName();
        this.guardianRelation = scope.guardianRelation();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Scope scope() {
        return new Scope(allCampaigns, Set.copyOf(campaignIds), getChannels(), territories, purposes, validFrom,
                validUntil, voice, guardianName, guardianRelation);
    }

    public void declaration(String key, String contentType, String fileName) {
        this.declarationKey = key;
        this.declarationType = contentType;
        this.declarationName = fileName;
    }

    /** The declaration the person will see through their link, fixed when the link is made. */
    public void presentText(String text) {
        this.textShown = text;
    }

    /** The person confirmed by link: the record keeps the name they typed, when and from where. */
    public void confirm(String typedName, Instant at, String ip) {
        this.confirmedName = typedName;
        this.confirmedAt = at;
        this.confirmedIp = ip;
        this.status = ConsentStatus.ACTIVE;
    }

    public void revoke(String by, Instant at, @Nullable String ip) {
        this.status = ConsentStatus.REVOKED;
        this.revokedBy = by;
        this.revokedAt = at;
        this.revokedIp = ip;
    }

    /**
     * Once the retention period after the person's erasure has passed, the record keeps what was consented to,
     * when and by which route, but no longer who signed or from where: the typed name and the guardian become
     * {@code pseudonym}, IP addresses go, and the declaration text (it named the person) is replaced. The caller
     * deletes the signed declaration file.
     */
    public void pseudonymise(String pseudonym, Instant at) {
        if (confirmedName != null) {
            confirmedName = pseudonym;
        }
        if (guardianName != null) {
            guardianName = "Guardian of " + pseudonym;
        }
        if (revokedBy != null && revokedBy.endsWith(THROUGH_LINK)) {
            revokedBy = pseudonym + THROUGH_LINK;
        }
        confirmedIp = null;
        revokedIp = null;
        if (textShown != null) {
            textShown = "[Declaration text removed when the record was pseudonymised: it named the person.]";
        }
        declarationKey = null;
        declarationName = declarationType == null ? null : "declaration (deleted)";
        pseudonymisedAt = at;
    }

    public @Nullable Instant getPseudonymisedAt() {
        return pseudonymisedAt;
    }

    public long getId() {
        return java.util.Objects.requireNonNull(id);
    }

    public long getPersonId() {
        return personId;
    }

    public ConsentStatus getStatus() {
        return status;
    }

    public ConsentSource getSource() {
        return source;
    }

    public boolean isAllCampaigns() {
        return allCampaigns;
    }

    public Set<Long> getCampaignIds() {
        return Set.copyOf(campaignIds);
    }

    public Set<Channel> getChannels() {
        return Channel.parse(channels);
    }

    public String getTerritories() {
        return territories;
    }

    public String getPurposes() {
        return purposes;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public @Nullable LocalDate getValidUntil() {
        return validUntil;
    }

    public boolean isVoice() {
        return voice;
    }

    public @Nullable String getGuardianName() {
        return guardianName;
    }

    public @Nullable String getGuardianRelation() {
        return guardianRelation;
    }

    public @Nullable String getDeclarationKey() {
        return declarationKey;
    }

    public @Nullable String getDeclarationType() {
        return declarationType;
    }

    public @Nullable String getDeclarationName() {
        return declarationName;
    }

    public @Nullable String getTextShown() {
        return textShown;
    }

    public @Nullable String getConfirmedName() {
        return confirmedName;
    }

    public @Nullable Instant getConfirmedAt() {
        return confirmedAt;
    }

    public @Nullable String getConfirmedIp() {
        return confirmedIp;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public @Nullable String getRevokedBy() {
        return revokedBy;
    }

    public @Nullable String getRevokedIp() {
        return revokedIp;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
