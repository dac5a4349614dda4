package dev.clapboard.audit;

import dev.clapboard.audit.domain.ProvenanceRecord;
import dev.clapboard.audit.domain.ProvenanceRecordRepository;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.review.ReviewDecided;
import dev.clapboard.review.Verdict;
import dev.clapboard.workspace.WorkspaceService;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Provenance records of the current workspace's stored outputs: written when a generation's video is stored,
 * approvers added as they approve. Any member may read them; another workspace's generation is not found.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProvenanceService {

    private final ProvenanceRecordRepository records;
    private final GenerationService generations;
    private final WorkspaceService workspace;
    private final JsonMapper json;
    private final Clock clock;

    ProvenanceService(ProvenanceRecordRepository records, GenerationService generations, WorkspaceService workspace,
            JsonMapper json, Clock clock) {
        this.records = records;
        this.generations = generations;
        this.workspace = workspace;
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
        this.clock = clock;
    }

    public Optional<Provenance> find(long generationId) {
        return records.findByGenerationId(generationId).map(ProvenanceService::provenance);
    }

    /** The record as JSON, as downloaded and as embedded in labelled exports. */
    public Optional<String> json(long generationId) {
        return find(generationId).map(this::json);
    }

    public String json(Provenance provenance) {
        return json.writeValueAsString(provenance);
    }

    /** The campaign's records, oldest generation first. */
    public List<Provenance> ofCampaign(long campaignId) {
        return records.findByCampaignIdOrderByGenerationId(campaignId).stream().map(ProvenanceService::provenance)
                .toList();
    }

    /**
     * Writes the record of a stored video once; a second call for the same generation changes nothing. The
     * listener calls it as the system; an export calls it as a manager for videos stored before provenance existed.
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM') or hasRole('MANAGER')")
    void recordStored(long generationId) {
        if (records.findByGenerationId(generationId).isPresent()) {
            return;
        }
        generations.find(generationId).filter(g -> g.videoMediaId() != null).ifPresent(this::create);
    }

    /** Adds the approver to the video's record (writing the record first if the approval overtook it). */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    void recordDecision(ReviewDecided decision) {
        if (decision.verdict() != Verdict.APPROVE) {
            return;
        }
        var record = records.findByGenerationId(decision.generationId()).or(() -> generations
                .find(decision.generationId()).filter(g -> g.videoMediaId() != null).map(this::create));
        record.ifPresent(r -> r.approvedBy(decision.reviewerAccountId(), decision.reviewerName(), now()));
    }

    private ProvenanceRecord create(GenerationSummary g) {
        var video = generations.video(g.id()).orElseThrow();
        var requester = workspace.membersById(Set.of(g.requestedBy())).get(g.requestedBy());
        var source = new ProvenanceRecord.Source(g.id(), g.campaignId(), g.providerId(), g.model(),
                g.promptVersionId(), Hashes.sha256(g.promptText()), g.size(), g.durationSeconds(), g.style(),
                g.variantIndex(), g.requestedBy(),
                requester == null ? "Former member #" + g.requestedBy() : requester.displayName(), g.requestedAt());
        return records.save(new ProvenanceRecord(source, g.videoMediaId(), video.sha256(), now()));
    }

    /** Databases keep microseconds: records read back equal to what was written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Provenance provenance(ProvenanceRecord r) {
        return new Provenance(Provenance.FORMAT, true, r.getGenerationId(), r.getCampaignId(), r.getProviderId(),
                r.getModel(), r.getPromptVersionId(), r.getPromptSha256(),
                new Provenance.Settings(r.getSize(), r.getDurationSeconds(), r.getStyle(), r.getVariantIndex()),
                new Provenance.Person(r.getRequestedBy(), r.getRequesterName(), r.getRequestedAt()),
                r.getApprovers().stream().map(a -> new Provenance.Person(a.getAccountId(), a.getName(),
                        a.getApprovedAt())).toList(),
                r.getRequestedAt(), r.getStoredAt(), new Provenance.Media(r.getMediaId(), r.getMediaSha256()));
    }
}
