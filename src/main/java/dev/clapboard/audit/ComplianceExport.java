package dev.clapboard.audit;

import dev.clapboard.base.CsvCells;
import dev.clapboard.audit.domain.AuditEntry;
import dev.clapboard.audit.domain.AuditEntryRepository;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignSummary;
import dev.clapboard.compliance.Channel;
import dev.clapboard.compliance.ConsentService;
import dev.clapboard.security.CurrentUser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance export of one campaign for legal: a ZIP with the campaign's audit entries (CSV, with their hashes,
 * so the chain links can be checked), the consent records covering it with their signed declarations, the
 * provenance JSON of each stored output and the list of labelled exports.
 * Each part is one method writing its entries; the export itself is audited (and is the CSV's last row).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('MANAGER')")
public class ComplianceExport {

    public static final List<String> AUDIT_HEADER = List.of("sequence_no", "time", "actor_account_id", "actor_name",
            "action", "subject_type", "subject_id", "campaign_id", "details", "previous_hash", "entry_hash");
    public static final List<String> EXPORTS_HEADER = List.of("export_id", "generation_id", "media_id", "sha256",
            "label", "position", "created_by", "created_at");
    public static final List<String> CONSENTS_HEADER = List.of("consent_id", "person_id", "person", "adult",
            "status", "source", "all_campaigns", "campaign_ids", "channels", "territories", "purposes", "valid_from",
            "valid_until", "voice", "guardian_name", "guardian_relation", "declaration_file", "text_shown",
            "confirmed_name", "confirmed_at", "confirmed_ip", "revoked_at", "revoked_by", "revoked_ip", "created_by",
            "created_at");
    private static final int SLICE = 500;

    private final CampaignService campaigns;
    private final AuditEntryRepository entries;
    private final AuditChain audit;
    private final ProvenanceService provenance;
    private final PublishingExports exports;
    private final ConsentService consents;
    private final CurrentUser currentUser;
    private final Clock clock;

    ComplianceExport(CampaignService campaigns, AuditEntryRepository entries, AuditChain audit,
            ProvenanceService provenance, PublishingExports exports, ConsentService consents, CurrentUser currentUser,
            Clock clock) {
        this.consents = consents;
        this.campaigns = campaigns;
        this.entries = entries;
        this.audit = audit;
        this.provenance = provenance;
        this.exports = exports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A file name for the campaign's ZIP, e.g. {@code compliance-campaign-12-2026-11-25.zip}. */
    public String fileName(long campaignId) {
        return "compliance-campaign-" + campaignId + "-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + ".zip";
    }

    /**
     * Writes the ZIP to {@code out} (left open).
     *
     * @throws NoSuchElementException when the campaign is not one of this workspace's
     */
    @Transactional
    public void write(long campaignId, OutputStream out) {
        var campaign = campaigns.find(campaignId).orElseThrow(
                () -> new NoSuchElementException("There is no campaign " + campaignId + " in this workspace."));
        var member = currentUser.require();
        var own = audit.append(new AuditChain.Event(Actor.member(member.accountId(), member.displayName()),
                AuditAction.COMPLIANCE_EXPORT, "campaign", campaignId, campaignId, AuditListeners.details()));
        try {
            var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            readme(zip, campaign, own);
            auditEntries(zip, campaignId);
            consentRecords(zip, campaignId);
            provenanceRecords(zip, campaignId);
            labelledExports(zip, campaignId);
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the files are, and the chain position of this export's own entry: kept outside the database, that hash
     * lets anyone later check that the chain up to here was not rewritten.
     */
    private void readme(ZipOutputStream zip, CampaignSummary campaign, AuditEntry own) throws IOException {
        zip.putNextEntry(new ZipEntry("README.txt"));
        var writer = writer(zip);
        writer.write("Compliance export of campaign \"" + campaign.name() + "\" (id " + campaign.id() + ")\n"
                + "Made " + own.getOccurredAt() + " by " + own.getActorName() + "\n"
                + "Audit chain at this export: entry #" + own.getSequenceNo() + ", hash " + own.getEntryHash()
                + "\n\n"
                + "audit-entries.csv   the campaign's audit entries in chain order; entry_hash is SHA-256 over the\n"
                + "                    entry and previous_hash (entries of other campaigns sit between them)\n"
                + "consent-records.csv every consent that covers this campaign (revoked and unconfirmed ones too):\n"
                + "                    scope, how it was given (text shown, name typed, time, IP) and revocation\n"
                + "consents/*          the signed declarations uploaded for them, named by consent_id\n"
                + "provenance/*.json   where each stored video came from (provider, model, prompt hash, settings,\n"
                + "                    requester, approvers, media checksum)\n"
                + "labelled-exports.csv  copies made for publishing, with the AI label burned in\n");
        writer.flush();
        zip.closeEntry();
    }

    private void auditEntries(ZipOutputStream zip, long campaignId) throws IOException {
        zip.putNextEntry(new ZipEntry("audit-entries.csv"));
        var csv = csv(zip, AUDIT_HEADER);
        long after = 0;
        while (true) {
            var slice = entries.findByCampaignIdAndSequenceNoGreaterThanOrderBySequenceNo(campaignId, after,
                    PageRequest.of(0, SLICE));
            if (slice.isEmpty()) {
                break;
            }
            for (var e : slice) {
                record(csv, e.getSequenceNo(), e.getOccurredAt(), e.getActorAccountId() == null ? "" : e.getActorAccountId(),
                        e.getActorName(), e.getAction(), e.getSubjectType(), e.getSubjectId() == null ? "" : e.getSubjectId(),
                        e.getCampaignId(), e.getDetails(), e.getPreviousHash(), e.getEntryHash());
                after = e.getSequenceNo();
            }
        }
        csv.flush();
        zip.closeEntry();
    }

    /** The consent records as one CSV, and each uploaded signed declaration as it was stored. */
    private void consentRecords(ZipOutputStream zip, long campaignId) throws IOException {
        var records = consents.consentRecords(campaignId);
        zip.putNextEntry(new ZipEntry("consent-records.csv"));
        var csv = csv(zip, CONSENTS_HEADER);
        for (var c : records) {
            record(csv, c.id(), c.personId(), c.personName(), c.personAdult(), c.status(), c.source(),
                    c.allCampaigns(), c.campaignIds().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                    Channel.labels(c.channels()), c.territories(), c.purposes(), c.validFrom(),
                    orEmpty(c.validUntil()), c.voice(), orEmpty(c.guardianName()), orEmpty(c.guardianRelation()),
                    orEmpty(c.declarationFileName()), orEmpty(c.textShown()), orEmpty(c.confirmedName()),
                    orEmpty(c.confirmedAt()), orEmpty(c.confirmedIp()), orEmpty(c.revokedAt()), orEmpty(c.revokedBy()),
                    orEmpty(c.revokedIp()), c.createdBy(), c.createdAt());
        }
        csv.flush();
        zip.closeEntry();
        for (var c : records) {
            var declaration = consents.declaration(c.id());
            if (declaration.isPresent()) {
                // named by id and type, not by the uploaded name: a name is the uploader's text, not a safe path
                zip.putNextEntry(new ZipEntry("consents/consent-" + c.id() + "-declaration"
                        + extension(declaration.get().contentType())));
                zip.write(declaration.get().content());
                zip.closeEntry();
            }
        }
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            default -> "";
        };
    }

    private static Object orEmpty(@Nullable Object value) {
        return value == null ? "" : value;
    }

    private void provenanceRecords(ZipOutputStream zip, long campaignId) throws IOException {
        for (var record : provenance.ofCampaign(campaignId)) {
            zip.putNextEntry(new ZipEntry("provenance/generation-" + record.generationId() + ".json"));
            var writer = writer(zip);
            writer.write(provenance.json(record));
            writer.flush();
            zip.closeEntry();
        }
    }

    private void labelledExports(ZipOutputStream zip, long campaignId) throws IOException {
        zip.putNextEntry(new ZipEntry("labelled-exports.csv"));
        var csv = csv(zip, EXPORTS_HEADER);
        for (var e : exports.ofCampaign(campaignId)) {
            record(csv, e.id(), e.generationId(), e.mediaId(), e.sha256(), e.labelText(),
                    e.position().name().toLowerCase(Locale.ROOT), e.createdBy(), e.createdAt());
        }
        csv.flush();
        zip.closeEntry();
    }

    private static void record(CSVPrinter csv, Object... cells) throws IOException {
        csv.printRecord(Arrays.stream(cells).map(c -> CsvCells.neutralised(String.valueOf(c))).toList());
    }

    private static CSVPrinter csv(ZipOutputStream zip, List<String> header) throws IOException {
        return new CSVPrinter(writer(zip), CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
    }

    /** A writer over the current ZIP entry; never closed, which would close the ZIP. */
    private static Writer writer(ZipOutputStream zip) {
        return new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    }
}
