package dev.clapboard.campaign.domain;

import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignStatus;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A campaign of one workspace: what it is for, its budget, and what a traditional shoot would cost. */
@Entity
public class Campaign {

    public static final int NAME_MAX_LENGTH = 160;
    public static final int BRAND_MAX_LENGTH = 160;
    public static final int OBJECTIVE_MAX_LENGTH = 2000;
    public static final int AUDIENCE_MAX_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private String name;
    private String brand;
    private @Nullable String objective;
    @Enumerated(EnumType.STRING)
    private CampaignStatus status = CampaignStatus.PLANNING;
    private @Nullable LocalDate startDate;
    private @Nullable LocalDate endDate;
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "budget_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "budget_currency"))
    private Money budget;
    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "baseline_cost_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "baseline_cost_currency"))
    private Money baselineCost;
    private int baselineLeadTimeDays;
    private int baselineVariants;
    private long ownerAccountId;
    @ElementCollection
    @CollectionTable(name = "campaign_audience", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "label")
    private List<String> audiences = new ArrayList<>();
    private Instant createdAt;
    @Version
    private long version;

    protected Campaign() {
        this.name = "";
        this.brand = "";
        this.budget = Money.euros(0);
        this.baselineCost = Money.euros(0);
        this.createdAt = Instant.EPOCH;
    }

    public Campaign(String name, String brand, Money budget, long ownerAccountId, Instant createdAt) {
        this.name = name;
        this.brand = brand;
        this.budget = budget;
        this.ownerAccountId = ownerAccountId;
        this.createdAt = createdAt;
        this.baselineCost = Money.euros(20_000);
        this.baselineLeadTimeDays = 15;
        this.baselineVariants = 5;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Campaign not saved yet");
        }
        return id;
    }

    public String getName() {
        return name;
    }

    public String getBrand() {
        return brand;
    }

    public @Nullable String getObjective() {
        return objective;
    }

    public void setObjective(@Nullable String objective) {
        this.objective = objective;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public void setStatus(CampaignStatus status) {
        this.status = status;
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public void schedule(@Nullable LocalDate start, @Nullable LocalDate end) {
        this.startDate = start;
        this.endDate = end;
    }

    public Money getBudget() {
        return budget;
    }

    public Money getBaselineCost() {
        return baselineCost;
    }

    public int getBaselineLeadTimeDays() {
        return baselineLeadTimeDays;
    }

    public int getBaselineVariants() {
        return baselineVariants;
    }

    public long getOwnerAccountId() {
        return ownerAccountId;
    }

    public List<String> getAudiences() {
        return List.copyOf(audiences);
    }

    public boolean isArchived() {
        return status == CampaignStatus.ARCHIVED;
    }

    /** Replaces what the campaign form edits; the caller has validated the values. */
    public void revise(String name, String brand, @Nullable String objective, List<String> audiences, Money budget,
            Money baselineCost, int baselineLeadTimeDays, int baselineVariants) {
        this.name = name;
        this.brand = brand;
        this.objective = objective;
        this.audiences.clear();
        this.audiences.addAll(audiences);
        this.budget = budget;
        this.baselineCost = baselineCost;
        this.baselineLeadTimeDays = baselineLeadTimeDays;
        this.baselineVariants = baselineVariants;
    }
}
