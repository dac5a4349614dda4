package dev.clapboard.api.web;

import dev.clapboard.base.Money;
import dev.clapboard.campaign.CampaignDraft;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignStatus;
import dev.clapboard.campaign.CampaignSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Campaigns: list, read, create, change. Other workspaces' campaigns are "not found". */
@RestController
@RequestMapping(path = "/api/v1/campaigns", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Campaigns")
class CampaignsApi {

    static final String READ = "hasAuthority('SCOPE_campaigns:read')";
    static final String WRITE = "hasAuthority('SCOPE_campaigns:write')";

    /** An amount of money; the currency is an ISO code, EUR unless given. */
    record MoneyBody(@NotNull @PositiveOrZero BigDecimal amount, @Nullable @Size(min = 3, max = 3) String currency) {

        Money money() {
            return new Money(amount, currency == null ? Money.EUR : currency);
        }
    }

    /** A new campaign; absent optional fields take the app's defaults (baseline 20,000 EUR, 15 days, 5 variants). */
    record NewCampaign(@NotBlank @Size(max = 160) String name, @NotBlank @Size(max = 160) String brand,
            @Nullable @Size(max = 2000) String objective, @Nullable @Size(max = 20) List<String> audiences,
            @Nullable LocalDate startDate, @Nullable LocalDate endDate, @NotNull @Valid MoneyBody budget,
            @Nullable @Valid MoneyBody baselineCost, @Nullable @PositiveOrZero Integer baselineLeadTimeDays,
            @Nullable @Min(1) Integer baselineVariants, @Nullable CampaignStatus status) {
    }

    /** Changes to a campaign: only the fields sent change. */
    record CampaignChanges(@Nullable @Size(min = 1, max = 160) String name,
            @Nullable @Size(min = 1, max = 160) String brand, @Nullable @Size(max = 2000) String objective,
            @Nullable @Size(max = 20) List<String> audiences, @Nullable LocalDate startDate,
            @Nullable LocalDate endDate, @Nullable @Valid MoneyBody budget, @Nullable @Valid MoneyBody baselineCost,
            @Nullable @PositiveOrZero Integer baselineLeadTimeDays, @Nullable @Min(1) Integer baselineVariants,
            @Nullable CampaignStatus status) {
    }

    private final CampaignService campaigns;
    private final Cursors cursors;

    CampaignsApi(CampaignService campaigns, Cursors cursors) {
        this.campaigns = campaigns;
        this.cursors = cursors;
    }

    @GetMapping
    @PreAuthorize(READ)
    @Operation(summary = "The workspace's campaigns that are not archived, by name")
    ApiPage<CampaignSummary> list(@RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        var at = cursors.read("campaigns", cursor, limit);
        var page = campaigns.list(PageRequest.of(at.page(), at.size()));
        return new ApiPage<>(page.getContent(), page.hasNext()
                ? cursors.next("campaigns", new Cursors.Position(0, at.page() + 1, at.size())) : null);
    }

    @GetMapping("/{campaignId}")
    @PreAuthorize(READ)
    @Operation(summary = "One campaign")
    CampaignSummary get(@PathVariable long campaignId) {
        return find(campaignId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WRITE)
    @Operation(summary = "Create a campaign (with its standard board)")
    CampaignSummary create(@Valid @RequestBody NewCampaign body) {
        var blank = CampaignDraft.blank();
        return campaigns.create(new CampaignDraft(body.name(), body.brand(), body.objective(),
                Objects.requireNonNullElse(body.audiences(), List.of()), body.startDate(), body.endDate(),
                body.budget().money(), body.baselineCost() == null ? blank.baselineCost() : body.baselineCost().money(),
                Objects.requireNonNullElse(body.baselineLeadTimeDays(), blank.baselineLeadTimeDays()),
                Objects.requireNonNullElse(body.baselineVariants(), blank.baselineVariants()),
                Objects.requireNonNullElse(body.status(), blank.status())));
    }

    @PatchMapping(path = "/{campaignId}")
    @PreAuthorize(WRITE)
    @Operation(summary = "Change a campaign: only the fields sent change")
    CampaignSummary update(@PathVariable long campaignId, @Valid @RequestBody CampaignChanges body) {
        var now = find(campaignId).toDraft();
        return campaigns.update(campaignId, new CampaignDraft(or(body.name(), now.name()), or(body.brand(), now.brand()),
                body.objective() != null ? body.objective() : now.objective(), or(body.audiences(), now.audiences()),
                body.startDate() != null ? body.startDate() : now.startDate(),
                body.endDate() != null ? body.endDate() : now.endDate(),
                body.budget() == null ? now.budget() : body.budget().money(),
                body.baselineCost() == null ? now.baselineCost() : body.baselineCost().money(),
                or(body.baselineLeadTimeDays(), now.baselineLeadTimeDays()),
                or(body.baselineVariants(), now.baselineVariants()), or(body.status(), now.status())));
    }

    private CampaignSummary find(long campaignId) {
        return campaigns.find(campaignId).orElseThrow(() -> new ApiErrors.NotFoundException("Campaign " + campaignId));
    }

    private static <T> T or(@Nullable T value, T current) {
        return value != null ? value : current;
    }
}
