package dev.clapboard.audit;

import dev.clapboard.audit.domain.LabelSettings;
import dev.clapboard.audit.domain.LabelSettingsRepository;
import dev.clapboard.audit.domain.LabelledExport;
import dev.clapboard.audit.domain.LabelledExportRepository;
import dev.clapboard.generation.DerivedVideos;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.security.CurrentUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Export for publishing": a copy of a stored video with the workspace's AI label burned in and the provenance
 * record in its MP4 metadata, kept in the media store and listed per video and campaign. Managers export; admins
 * set the label's language, wording and corner; every member sees the label state.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PublishingExports {

    private final GenerationService generations;
    private final ProvenanceService provenance;
    private final DerivedVideos derived;
    private final LabelledExportRepository exports;
    private final LabelSettingsRepository settings;
    private final AuditChain audit;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PublishingExports(GenerationService generations, ProvenanceService provenance, DerivedVideos derived,
            LabelledExportRepository exports, LabelSettingsRepository settings, AuditChain audit,
            CurrentUser currentUser, TransactionTemplate transaction, Clock clock) {
        this.generations = generations;
        this.provenance = provenance;
        this.derived = derived;
        this.exports = exports;
        this.settings = settings;
        this.audit = audit;
        this.currentUser = currentUser;
        this.transaction = transaction;
        this.clock = clock;
    }

    public LabelStyle labelStyle() {
        return settings.findById(currentUser.require().workspaceId())
                .map(s -> new LabelStyle(LabelLanguage.valueOf(s.getLanguage()), s.getWording(),
                        LabelPosition.valueOf(s.getPosition())))
                .orElse(LabelStyle.DEFAULT);
    }

    /** @throws ExportRefusedException naming the field at fault; nothing is saved then */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public LabelStyle saveLabelStyle(LabelStyle style) {
        var wording = style.wording() == null || style.wording().isBlank() ? null : style.wording().strip();
        if (wording != null && wording.length() > LabelStyle.MAX_WORDING) {
            throw new ExportRefusedException("wording", "Keep the label to " + LabelStyle.MAX_WORDING
                    + " characters; this one has " + wording.length() + ".");
        }
        if (wording != null && wording.codePoints().anyMatch(Character::isISOControl)) {
            throw new ExportRefusedException("wording", "The label must be one line of text.");
        }
        long workspaceId = currentUser.require().workspaceId();
        var saved = settings.findById(workspaceId).orElseGet(() -> settings.save(
                new LabelSettings(workspaceId, style.language().name(), wording, style.position().name())));
        saved.change(style.language().name(), wording, style.position().name());
        return new LabelStyle(style.language(), wording, style.position());
    }

    /** The video's labelled copies, newest first. */
    public List<LabelledExportSummary> exports(long generationId) {
        return exports.findByGenerationIdOrderByCreatedAtDesc(generationId).stream().map(PublishingExports::summary)
                .toList();
    }

    /** The campaign's labelled copies, oldest first. */
    public List<LabelledExportSummary> ofCampaign(long campaignId) {
        return exports.findByCampaignIdOrderByCreatedAt(campaignId).stream().map(PublishingExports::summary)
                .toList();
    }

    /**
     * Makes a labelled copy of the video. Encoding takes a while, so it runs outside any transaction; the copy
     * is stored, listed and audited in one transaction afterwards.
     *
     * @throws NoSuchElementException when the generation is not one of this workspace's
     * @throws ExportRefusedException when it has no stored video
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('MANAGER')")
    public LabelledExportSummary export(long generationId) {
        var generation = generations.find(generationId).orElseThrow(
                () -> new NoSuchElementException("There is no generation " + generationId + " in this workspace."));
        var video = generations.video(generationId).orElseThrow(() -> new ExportRefusedException(null,
                "Only a stored video can be exported; this generation is "
                        + generation.status().label().toLowerCase(Locale.ROOT) + "."));
        provenance.recordStored(generationId);
        var record = provenance.find(generationId).orElseThrow();
        var style = labelStyle();
        try {
            var source = Files.createTempFile("clapboard-export-source", ".mp4");
            var target = Files.createTempFile("clapboard-export-labelled", ".mp4");
            try {
                try (var in = video.content().getInputStream()) {
                    Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
                }
                Labeller.burn(source, target, style.text(), style.position(), provenance.json(record));
                return transaction.execute(status -> store(generation.campaignId(), generationId, target, style));
            } finally {
                Files.deleteIfExists(source);
                Files.deleteIfExists(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LabelledExportSummary store(long campaignId, long generationId, Path file, LabelStyle style) {
        var member = currentUser.require();
        var stored = derived.store(file);
        var export = exports.save(new LabelledExport(generationId, campaignId, stored.mediaId(), stored.sha256(),
                style.text(), style.position().name(), member.accountId(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        audit.append(new AuditChain.Event(Actor.member(member.accountId(), member.displayName()),
                AuditAction.LABELLED_EXPORT, "generation", generationId, campaignId,
                AuditListeners.details("exportId", export.getId(), "mediaId", stored.mediaId(), "sha256",
                        stored.sha256(), "label", style.text(), "position", style.position().name())));
        return summary(export);
    }

    private static LabelledExportSummary summary(LabelledExport e) {
        return new LabelledExportSummary(e.getId(), e.getGenerationId(), e.getCampaignId(), e.getMediaId(),
                e.getMediaSha256(), e.getLabelText(), LabelPosition.valueOf(e.getPosition()), e.getCreatedBy(),
                e.getCreatedAt());
    }
}
