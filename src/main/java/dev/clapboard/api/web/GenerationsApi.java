package dev.clapboard.api.web;

import dev.clapboard.campaign.CampaignService;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationStatus;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.prompt.PromptService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Generations: request videos of a saved prompt version through {@link GenerationService#request}, so every
 * check of the UI applies (role, quota, budget, and every other {@code GenerationGuard}); then follow them.
 */
@RestController
@Tag(name = "Generations")
class GenerationsApi {

    static final String FOLLOW = "hasAnyAuthority('SCOPE_campaigns:read', 'SCOPE_generations:write')";

    /**
     * A request for {@code variants} (default 1) videos of a prompt version; the local renderer is the default
     * provider. Durations, sizes and variant counts are checked by the generation service, with the app's messages.
     */
    record NewGeneration(@NotNull Long promptVersionId, @Nullable String provider, @NotBlank String model,
            @NotBlank @Pattern(regexp = "\\d{2,5}x\\d{2,5}", message = "is WIDTHxHEIGHT, e.g. 1280x720") String size,
            int durationSeconds, @Nullable Integer variants,
            @Nullable @Size(max = 80) String style, @Nullable @Size(max = 200) String title) {
    }

    /** The generations one request queued (one per variant). */
    record Requested(List<GenerationSummary> items) {
    }

    private final GenerationService generations;
    private final PromptService prompts;
    private final CampaignService campaigns;
    private final Cursors cursors;

    GenerationsApi(GenerationService generations, PromptService prompts, CampaignService campaigns,
            Cursors cursors) {
        this.generations = generations;
        this.prompts = prompts;
        this.campaigns = campaigns;
        this.cursors = cursors;
    }

    @PostMapping(path = "/api/v1/generations", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAuthority('SCOPE_generations:write')")
    @Operation(summary = "Request videos of a prompt version; refused (422) for the same reasons as in the app")
    Requested request(@Valid @RequestBody NewGeneration body) {
        return new Requested(generations.request(order(body)));
    }

    @GetMapping(path = "/api/v1/generations/{generationId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(FOLLOW)
    @Operation(summary = "One generation: its status, progress and, when done, its media ids")
    GenerationSummary get(@PathVariable long generationId) {
        return generations.find(generationId)
                .orElseThrow(() -> new ApiErrors.NotFoundException("Generation " + generationId));
    }

    @GetMapping(path = "/api/v1/campaigns/{campaignId}/generations", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(FOLLOW)
    @Operation(summary = "A campaign's generations, newest first, optionally of some statuses")
    ApiPage<GenerationSummary> list(@PathVariable long campaignId,
            @RequestParam(required = false) @Nullable Set<GenerationStatus> status,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        if (campaigns.find(campaignId).isEmpty()) {
            throw new ApiErrors.NotFoundException("Campaign " + campaignId);
        }
        var statuses = status == null || status.isEmpty() ? EnumSet.noneOf(GenerationStatus.class)
                : EnumSet.copyOf(status);
        var listKey = "generations:" + campaignId + ":" + statuses;
        var at = cursors.read(listKey, cursor, limit);
        var page = generations.page(campaignId, statuses, PageRequest.of(at.page(), at.size()));
        return new ApiPage<>(page.getContent(), page.hasNext()
                ? cursors.next(listKey, new Cursors.Position(0, at.page() + 1, at.size())) : null);
    }

    private GenerationOrder order(NewGeneration body) {
        var version = prompts.version(body.promptVersionId()).orElseThrow(
                () -> new ApiErrors.NotFoundException("Prompt version " + body.promptVersionId()));
        return GenerationOrder.sized(version.campaignId(), version.cardId(), version.id(), version.text(),
                Objects.requireNonNullElse(body.title(), ""), Objects.requireNonNullElse(body.provider(), "local"),
                body.model(), body.size(),
                body.durationSeconds(), Objects.requireNonNullElse(body.variants(), 1),
                Objects.requireNonNullElse(body.style(), Objects.requireNonNullElse(version.style(), "")));
    }
}
