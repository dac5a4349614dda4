package dev.clapboard.generation;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import dev.clapboard.base.Texts;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.generation.domain.Generation;
import dev.clapboard.generation.domain.GenerationRepository;
import dev.clapboard.generation.media.MediaLibrary;
import dev.clapboard.generation.provider.ProviderException;
import dev.clapboard.generation.provider.ProviderRegistry;
import dev.clapboard.generation.provider.VideoProvider;
import dev.clapboard.base.Money;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.workspace.QuotaExceededException;
import dev.clapboard.workspace.QuotaService;
import dev.clapboard.workspace.WorkspaceSettingsService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks providers for videos and keeps track of them. A request is checked, stored as QUEUED generations and
 * handed to the job queue in one transaction; the job engine does the rest ({@link GenerationRunner}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class GenerationService {

    public static final int MAX_OVERRIDE_REASON_LENGTH = 500;

    /** How many generations back and forth the version stack follows; real chains are a handful long. */
    private static final int MAX_LINEAGE_DEPTH = 50;

    private final GenerationRepository generations;
    private final ProviderRegistry providers;
    private final CampaignService campaigns;
    private final CurrentUser currentUser;
    private final SchedulerClient scheduler;
    private final CustomTask<String> generationJob;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final QuotaService quota;
    private final WorkspaceSettingsService settings;
    private final MediaLibrary media;
    private final List<GenerationGuard> guards;

    GenerationService(GenerationRepository generations, ProviderRegistry providers, CampaignService campaigns,
            CurrentUser currentUser, SchedulerClient scheduler, CustomTask<String> generationJob, ApplicationEventPublisher events,
            Clock clock, QuotaService quota, WorkspaceSettingsService settings, MediaLibrary media,
            List<GenerationGuard> guards) {
        this.media = media;
        this.guards = List.copyOf(guards);
        this.quota = quota;
        this.settings = settings;
        this.generations = generations;
        this.providers = providers;
        this.campaigns = campaigns;
        this.currentUser = currentUser;
        this.scheduler = scheduler;
        this.generationJob = generationJob;
        this.events = events;
        this.clock = clock;
    }

    /** The price and wait of {@code order}, or the reason it cannot be made. */
    public Estimate estimate(GenerationOrder order) {
        var provider = checked(order);
        var price = provider.prices().estimate(order.model(), order.size(), order.durationSeconds(), order.variants());
        return new Estimate(price, inEuros(price), provider.expectedWait(order.model(), order.size(),
                order.durationSeconds(), order.variants()));
    }

    /**
     * Queues {@code order.variants()} generations and returns them.
     *
     * @throws GenerationRefusedException with the reason, before anything is stored or spent
     */
    @Transactional
    @PreAuthorize("hasRole('CREATOR')")
    public List<GenerationSummary> request(GenerationOrder order) {
        return place(order, null, null);
    }

    /**
     * A new version of a finished video: {@code promptText} with every other setting of the original, linked to
     * it as "remixed from". Where the model can remix ({@code ModelSpec.remix()}), the provider works from the
     * earlier output ({@link GenerationRunner}); elsewhere it is a fresh generation. Checked like any request:
     * role, prompt, provider, guards (budget) and quota. Decision: docs/decisions/0008-review-and-approval.md.
     */
    @Transactional
    @PreAuthorize("hasRole('CREATOR')")
    public GenerationSummary remix(long generationId, String promptText) {
        var source = generations.findById(generationId).orElseThrow(() -> notFound(generationId));
        if (source.getStatus() != GenerationStatus.SUCCEEDED) {
            throw new GenerationRefusedException("Only a finished video can be made again with a new prompt.");
        }
        var settings = source.settings();
        var text = promptText.strip();
        var order = new GenerationOrder(settings.campaignId(), settings.cardId(),
                text.equals(settings.promptText()) ? settings.promptVersionId() : null, text, "",
                settings.providerId(), settings.model(),
                new dev.clapboard.generation.provider.VideoSize(settings.width(), settings.height()),
                settings.durationSeconds(), 1, settings.style());
        return place(order, null, source).getFirst();
    }

    /**
     * Queues {@code order} even where a guard (the campaign budget cap) would refuse it: a manager's decision
     * for this one request, which the guards audit together with {@code reason}.
     */
    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public List<GenerationSummary> requestWithBudgetOverride(GenerationOrder order, String reason) {
        if (Texts.invisible(reason)) {
            throw new GenerationRefusedException("Say why this request may go over the budget.");
        }
        if (reason.strip().length() > MAX_OVERRIDE_REASON_LENGTH) {
            // the budget audit keeps the reason in a varchar(500): longer would fail only when it is saved
            throw new GenerationRefusedException("Keep the reason within " + MAX_OVERRIDE_REASON_LENGTH
                    + " characters.");
        }
        return place(order, reason.strip(), null);
    }

    private List<GenerationSummary> place(GenerationOrder order, @Nullable String overrideReason,
            @Nullable Generation remixOf) {
        var provider = checked(order);
        var member = currentUser.require();
        var perVariant = provider.prices().estimate(order.model(), order.size(), order.durationSeconds(), 1);
        var perVariantEuros = inEuros(perVariant);
        var rate = exchangeRate(perVariant.currency());
        var total = new Money(perVariantEuros.amount().multiply(BigDecimal.valueOf(order.variants())), Money.EUR);
        guards.forEach(guard -> guard.check(order, total, overrideReason));
        var settings = new Generation.Settings(order.campaignId(), order.cardId(), order.promptVersionId(),
                order.promptText(), provider.id(), order.model(), order.size().width(), order.size().height(),
                order.durationSeconds(), order.style());
        var reference = order.imageReference() != null ? storeReference(order.imageReference())
                : remixOf != null ? remixOf.getReferenceMediaId() : null;
        var batch = UUID.randomUUID().toString();
        var created = new ArrayList<GenerationSummary>();
        var costs = new ArrayList<GenerationCost>();
        for (int variant = 1; variant <= order.variants(); variant++) {
            var generation = new Generation(settings, batch, variant, ThreadLocalRandom.current().nextLong(),
                    perVariant, member.accountId(), clock.instant());
            generation.holdQuota(reserve(order.durationSeconds(), perVariantEuros), perVariantEuros.amount());
            generation.startFrom(reference);
            if (remixOf != null) {
                generation.remixOf(remixOf.getId());
            }
            generations.save(generation);
            enqueue(generation);
            created.add(summary(generation));
            costs.add(new GenerationCost(generation.getId(), provider.id(), order.model(), order.durationSeconds(),
                    perVariant, perVariantEuros, rate));
        }
        events.publishEvent(new GenerationRequested(member.workspaceId(), order.campaignId(), order.cardId(), batch,
                order.variants(), member.accountId(), costs));
        return created;
    }

    /** Stops a queued or running generation; a video that still arrives is discarded and not charged. */
    @Transactional
    @PreAuthorize("hasRole('CREATOR')")
    public GenerationSummary cancel(long generationId) {
        var generation = generations.findById(generationId).orElseThrow(() -> notFound(generationId));
        if (generation.getStatus().isFinal()) {
            throw new GenerationRefusedException("This generation has already ended ("
                    + generation.getStatus().label().toLowerCase() + ").");
        }
        var jobId = generation.getProviderJobId();
        var provider = providers.get(generation.getProviderId());
        if (jobId != null && provider.canCancel()) {
            try {
                provider.cancel(jobId);
            } catch (ProviderException e) {
                // the video may still arrive; the runner then sees CANCELLED and discards it
            }
        }
        generation.cancelled(clock.instant());
        releaseQuota(generation);
        events.publishEvent(cancelledEvent(generation));
        return summary(generation);
    }

    /** Asks again for a failed generation, as a new generation linked to it. */
    @Transactional
    @PreAuthorize("hasRole('CREATOR')")
    public GenerationSummary retry(long generationId) {
        var failed = generations.findById(generationId).orElseThrow(() -> notFound(generationId));
        if (failed.getStatus() != GenerationStatus.FAILED) {
            throw new GenerationRefusedException("Only a failed generation can be retried.");
        }
        var member = currentUser.require();
        var euros = new Money(failed.getEstimateEur(), Money.EUR);
        var settings = failed.settings();
        var again = new GenerationOrder(settings.campaignId(), settings.cardId(), settings.promptVersionId(),
                settings.promptText(), "", settings.providerId(), settings.model(),
                new dev.clapboard.generation.provider.VideoSize(settings.width(), settings.height()),
                settings.durationSeconds(), 1, settings.style());
        guards.forEach(guard -> guard.check(again, euros, null));
        var retry = new Generation(failed.settings(), failed.getBatchId(), failed.getVariantIndex(),
                failed.getSeed(), failed.getEstimate(), member.accountId(), clock.instant());
        retry.retryOf(failed.getId());
        retry.startFrom(failed.getReferenceMediaId());
        retry.holdQuota(reserve(failed.getDurationSeconds(), euros), euros.amount());
        generations.save(retry);
        enqueue(retry);
        events.publishEvent(new GenerationRequested(member.workspaceId(), retry.getCampaignId(), retry.getCardId(),
                retry.getBatchId(), 1, member.accountId(), List.of(cost(retry))));
        return summary(retry);
    }

    /** The providers this workspace can use, the offline local renderer first. */
    public List<ProviderChoice> providers() {
        return providers.all().stream().map(p -> new ProviderChoice(p.id(), p.displayName(), p.models().stream()
                .map(m -> new ProviderChoice.ModelChoice(m.id(), m.displayName(),
                        m.sizes().stream().map(dev.clapboard.generation.provider.VideoSize::label).toList(),
                        m.durationsSeconds(), m.audio(), m.imageReference()))
                .toList())).toList();
    }

    public Optional<GenerationSummary> find(long generationId) {
        return generations.findById(generationId).map(GenerationService::summary);
    }

    /**
     * Every version of the concept {@code generationId} belongs to, newest first: the first generation, found by
     * following "retry of" and "remixed from" back, and all retries and remixes made from it since. Empty when the
     * generation is not in this workspace.
     */
    public List<GenerationSummary> versions(long generationId) {
        var root = generations.findById(generationId).orElse(null);
        if (root == null) {
            return List.of();
        }
        for (int step = 0; step < MAX_LINEAGE_DEPTH; step++) {
            var parentId = root.getRetryOfId() != null ? root.getRetryOfId() : root.getRemixedFromId();
            var parent = parentId == null ? null : generations.findById(parentId).orElse(null);
            if (parent == null) {
                break;
            }
            root = parent;
        }
        var all = new java.util.LinkedHashMap<Long, Generation>();
        all.put(root.getId(), root);
        var frontier = List.of(root.getId());
        for (int step = 0; step < MAX_LINEAGE_DEPTH && !frontier.isEmpty(); step++) {
            var next = generations.findByRetryOfIdInOrRemixedFromIdIn(frontier, frontier).stream()
                    .filter(g -> all.putIfAbsent(g.getId(), g) == null).map(Generation::getId).toList();
            frontier = next;
        }
        return all.values().stream()
                .sorted(java.util.Comparator.comparing(Generation::getRequestedAt).thenComparing(Generation::getId)
                        .reversed())
                .map(GenerationService::summary).toList();
    }

    /**
     * The finished videos made alongside {@code generationId}: the variants of its batch and the videos of its
     * prompt version, oldest first, itself included (at most 40).
     */
    public List<GenerationSummary> siblings(long generationId) {
        var generation = generations.findById(generationId).orElse(null);
        if (generation == null) {
            return List.of();
        }
        var all = new java.util.TreeMap<Long, Generation>();
        generations.findTop20ByBatchIdAndStatusOrderByIdAsc(generation.getBatchId(), GenerationStatus.SUCCEEDED)
                .forEach(g -> all.put(g.getId(), g));
        var version = generation.settings().promptVersionId();
        if (version != null) {
            generations.findTop20ByPromptVersionIdAndStatusOrderByIdAsc(version, GenerationStatus.SUCCEEDED)
                    .forEach(g -> all.put(g.getId(), g));
        }
        return all.values().stream().map(GenerationService::summary).toList();
    }

    /** The stored video of a succeeded generation, for players that cannot use {@code /media} (guest links). */
    public Optional<VideoStream> video(long generationId) {
        return generations.findById(generationId).map(Generation::getVideoMediaId).flatMap(media::open)
                .map(playable -> new VideoStream(playable.media().contentType(), playable.media().sha256(),
                        playable.content()));
    }

    /** The stored thumbnail of a succeeded generation (for API clients; the app shows it through {@code /media}). */
    public Optional<VideoStream> thumbnail(long generationId) {
        return generations.findById(generationId).map(Generation::getThumbnailMediaId).flatMap(media::open)
                .map(playable -> new VideoStream(playable.media().contentType(), playable.media().sha256(),
                        playable.content()));
    }

    /** A campaign's generations, newest first; all of them when {@code statuses} is empty. */
    public Page<GenerationSummary> page(long campaignId, Set<GenerationStatus> statuses, Pageable pageable) {
        var page = statuses.isEmpty()
                ? generations.findByCampaignIdOrderByRequestedAtDesc(campaignId, pageable)
                : generations.findByCampaignIdAndStatusInOrderByRequestedAtDesc(campaignId, statuses, pageable);
        return page.map(GenerationService::summary);
    }

    /**
     * Up to {@code limit} of a campaign's generations, newest first, for grids that page by key: after the row
     * {@code after} (leaving out the next {@code skip}), or, when the caller knows no key near the page, from
     * row {@code skip} on. Both read only the page's rows from the table; all statuses when {@code statuses} is
     * empty.
     */
    public List<GenerationSummary> slice(long campaignId, Set<GenerationStatus> statuses,
            @Nullable GenerationKey after, int skip, int limit) {
        if (skip < 0 || limit < 1) {
            throw new IllegalArgumentException("skip must be 0 or more and limit 1 or more");
        }
        List<Generation> rows;
        if (after == null) {
            rows = statuses.isEmpty() ? generations.newestAt(campaignId, skip, limit)
                    : generations.newestAt(campaignId, statuses, skip, limit);
        } else {
            rows = statuses.isEmpty()
                    ? generations.newestAfter(campaignId, after.requestedAt(), after.id(), skip + limit)
                    : generations.newestAfter(campaignId, statuses, after.requestedAt(), after.id(), skip + limit);
            rows = rows.subList(Math.min(skip, rows.size()), rows.size());
        }
        return rows.stream().map(GenerationService::summary).toList();
    }

    /** How many generations a campaign has (in {@code statuses}; all when it is empty). */
    public long count(long campaignId, Set<GenerationStatus> statuses) {
        return statuses.isEmpty() ? generations.countByCampaignId(campaignId)
                : generations.countByCampaignIdAndStatusIn(campaignId, statuses);
    }

    private VideoProvider checked(GenerationOrder order) {
        if (order.variants() < 1 || order.variants() > GenerationOrder.MAX_VARIANTS) {
            throw new GenerationRefusedException("Ask for 1 to " + GenerationOrder.MAX_VARIANTS + " variants.");
        }
        if (order.promptText().isBlank()) {
            throw new GenerationRefusedException("The prompt is empty: write or pick a prompt version first.");
        }
        if (order.promptText().length() > GenerationOrder.MAX_PROMPT_LENGTH) {
            throw new GenerationRefusedException("The prompt has " + order.promptText().length()
                    + " characters; at most " + GenerationOrder.MAX_PROMPT_LENGTH + " fit.");
        }
        if (campaigns.find(order.campaignId()).isEmpty()) {
            throw new GenerationRefusedException("That campaign does not exist in this workspace.");
        }
        var provider = providers.find(order.providerId()).orElseThrow(
                () -> new GenerationRefusedException("There is no provider " + order.providerId() + "."));
        var model = provider.models().stream().filter(m -> m.id().equals(order.model())).findFirst().orElseThrow(
                () -> new GenerationRefusedException(provider.displayName() + " has no model " + order.model() + "."));
        model.refusal(order.size(), order.durationSeconds()).ifPresent(reason -> {
            throw new GenerationRefusedException(reason);
        });
        if (order.imageReference() != null && !model.imageReference()) {
            throw new GenerationRefusedException(model.displayName() + " cannot start from an image; remove it or "
                    + "choose another model.");
        }
        return provider;
    }

    /** Checks and stores the uploaded first frame once for the whole batch. */
    private Long storeReference(byte[] upload) {
        var png = ReferenceImages.normalised(upload);
        try {
            var file = java.nio.file.Files.createTempFile("clapboard-reference", ".png");
            try {
                java.nio.file.Files.write(file, png);
                return media.store(dev.clapboard.generation.provider.OutputVariant.REFERENCE, file).id();
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Holds quota for one video; a refusal names the quota and what is left. */
    private long reserve(int seconds, Money euros) {
        try {
            return quota.reserve(seconds, euros).id();
        } catch (QuotaExceededException e) {
            throw new GenerationRefusedException(e.getMessage());
        }
    }

    void releaseQuota(Generation generation) {
        var reservation = generation.getQuotaReservationId();
        if (reservation != null) {
            quota.release(reservation);
        }
    }

    /** A provider price in the workspace's euros, at the exchange rate an admin set. */
    Money inEuros(Money price) {
        return new Money(price.amount().multiply(exchangeRate(price.currency())), Money.EUR);
    }

    private BigDecimal exchangeRate(String currency) {
        return switch (currency) {
            case Money.EUR -> BigDecimal.ONE;
            case "USD" -> settings.usdToEur();
            default -> throw new GenerationRefusedException("There is no exchange rate from " + currency
                    + " to EUR; ask an admin to set one.");
        };
    }

    /**
     * The cost of a stored generation. The generation keeps its price in both currencies but not the rate,
     * so the rate is derived from the two (1 for a free or euro-priced video); the ledger books the rate it
     * stored with the reservation when it has one.
     */
    static GenerationCost cost(Generation g) {
        var price = g.getEstimate();
        var rate = price.currency().equals(Money.EUR) || price.amount().signum() == 0 ? BigDecimal.ONE
                : g.getEstimateEur().divide(price.amount(), 6, RoundingMode.HALF_EVEN);
        return new GenerationCost(g.getId(), g.getProviderId(), g.getModel(), g.getDurationSeconds(), price,
                new Money(g.getEstimateEur(), Money.EUR), rate);
    }

    static GenerationCancelled cancelledEvent(Generation g) {
        return new GenerationCancelled(g.getWorkspaceId(), g.getCampaignId(), g.getCardId(), g.getId(),
                g.getRequestedBy(), cost(g));
    }

    private void enqueue(Generation generation) {
        scheduler.scheduleIfNotExists(GenerationTask.instanceFor(generationJob, generation), clock.instant());
    }

    private static GenerationRefusedException notFound(long id) {
        return new GenerationRefusedException("Generation " + id + " was not found.");
    }

    /** The generations {@code accountId} requested in this workspace, oldest first (their data export). */
    @PreAuthorize("hasRole('ADMIN') or #accountId == principal.accountId()")
    public Page<GenerationSummary> requestedBy(long accountId, Pageable pageable) {
        return generations.findByRequestedByOrderByIdAsc(accountId, pageable).map(GenerationService::summary);
    }

    static GenerationSummary summary(Generation g) {
        return new GenerationSummary(g.getId(), g.getCampaignId(), g.getCardId(), g.getBatchId(), g.getVariantIndex(),
                g.getStatus(), g.getProgressPercent(), g.getProviderId(), g.getModel(), g.getWidth() + "x" + g.getHeight(),
                g.getDurationSeconds(), g.getStyle(), g.getEstimate(), g.getRequestedBy(), g.getRequestedAt(),
                g.getFailureReason(), g.getVideoMediaId(), g.getThumbnailMediaId(), g.getRetryOfId(), g.getPromptText(),
                g.settings().promptVersionId(), g.getRemixedFromId(), g.getFramesPerSecond());
    }
}
