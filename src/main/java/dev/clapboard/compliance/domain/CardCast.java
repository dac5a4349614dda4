package dev.clapboard.compliance.domain;

import dev.clapboard.compliance.Channel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** The people a card's video shows and the channels it will run on: what the consent gate checks. */
@Entity
@Table(name = "compliance_card")
public class CardCast {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private long campaignId;
    private long cardId;
    private String channels;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "compliance_card_person", joinColumns = @JoinColumn(name = "compliance_card_id"))
    @Column(name = "person_id")
    private Set<Long> personIds = new HashSet<>();
    private String updatedBy;
    private Instant updatedAt;

    protected CardCast() {
        this.channels = "";
        this.updatedBy = "";
        this.updatedAt = Instant.EPOCH;
    }

    public CardCast(long campaignId, long cardId) {
        this();
        this.campaignId = campaignId;
        this.cardId = cardId;
    }

    public void declare(Set<Long> personIds, Set<Channel> channels, String by, Instant at) {
        this.personIds = new HashSet<>(personIds);
        this.channels = Channel.join(channels);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getCardId() {
        return cardId;
    }

    public Set<Channel> getChannels() {
        return Channel.parse(channels);
    }

    public Set<Long> getPersonIds() {
        return Set.copyOf(personIds);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
