package dev.clapboard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.clapboard.compliance.Channel;
import dev.clapboard.compliance.ConsentDraft;
import dev.clapboard.compliance.ConsentService;
import dev.clapboard.compliance.Consents;
import dev.clapboard.review.ReviewableVideos;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import dev.clapboard.security.SystemActor;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Legal gets one ZIP per campaign: audit entries as safe CSV, provenance JSONs, the labelled exports. */
@ClapboardTest
class ComplianceExportTest {

    @Autowired
    ComplianceExport compliance;
    @Autowired
    PublishingExports exports;
    @Autowired
    ProvenanceService provenance;
    @Autowired
    AuditChain chain;
    @Autowired
    ReviewableVideos videos;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    SignIn signIn;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Consents consents;
    @Autowired
    ConsentService consentService;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_zip_holds_the_campaigns_audit_entries_provenance_and_labelled_exports() throws Exception {
        signIn.as(DemoLogins.MANAGER);
        var video = videos.newVideo("Compliance export");
        var export = exports.export(video.id());
        var campaignId = video.campaignId();
        var workspaceId = currentUser.require().workspaceId();
        SystemActor.runInWorkspace(workspaceId, () -> chain.append(new AuditChain.Event(
                new Actor(null, "=HYPERLINK(\"http://evil.example\")"), AuditAction.LABELLED_EXPORT, "generation",
                video.id(), campaignId, AuditListeners.details("note", "-2+3"))));
        await().pollInSameThread().atMost(Duration.ofMinutes(1)).until(() -> rows(zip(campaignId), "audit-entries.csv")
                .stream().anyMatch(r -> r.get("action").equals("GENERATION_REQUESTED")
                        && r.get("subject_id").equals(String.valueOf(video.id()))));

        var files = zip(campaignId);

        assertThat(files.keySet()).contains("README.txt", "audit-entries.csv", "labelled-exports.csv",
                "provenance/generation-" + video.id() + ".json");
        var audit = rows(files, "audit-entries.csv");
        var requested = audit.stream().filter(r -> r.get("action").equals("GENERATION_REQUESTED")
                && r.get("subject_id").equals(String.valueOf(video.id()))).findFirst().orElseThrow();
        assertThat(requested.get("actor_name")).isEqualTo("Marco Manning");
        assertThat(requested.get("campaign_id")).isEqualTo(String.valueOf(campaignId));
        assertThat(requested.get("details")).contains("\"model\":\"storyboard-1\"");
        assertThat(requested.get("entry_hash")).matches("[0-9a-f]{64}");
        assertThat(audit).anySatisfy(r -> assertThat(r.get("actor_name"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\")"));
        assertThat(audit.getLast().get("action")).isEqualTo("COMPLIANCE_EXPORT");
        assertThat(files.get("README.txt")).contains("Audit chain at this export: entry #"
                + audit.getLast().get("sequence_no") + ", hash " + audit.getLast().get("entry_hash"));
        assertThat(audit).extracting(r -> Long.parseLong(r.get("sequence_no"))).isSorted();
        assertThat(rows(files, "labelled-exports.csv")).anySatisfy(r -> {
            assertThat(r.get("export_id")).isEqualTo(String.valueOf(export.id()));
            assertThat(r.get("generation_id")).isEqualTo(String.valueOf(video.id()));
            assertThat(r.get("label")).isEqualTo("AI-generated");
            assertThat(r.get("sha256")).isEqualTo(export.sha256());
        });
        assertThat(files.get("provenance/generation-" + video.id() + ".json"))
                .isEqualTo(provenance.json(video.id()).orElseThrow());
        assertThat(compliance.fileName(campaignId)).matches("compliance-campaign-" + campaignId
                + "-\\d{4}-\\d{2}-\\d{2}\\.zip");
    }

    @Test
    void the_zip_holds_every_consent_covering_the_campaign_with_its_signed_declaration_as_safe_csv() throws Exception {
        signIn.as(DemoLogins.MANAGER);
        var campaignId = consents.demoCampaignId();
        var signer = consents.person("Export Signer " + System.nanoTime());
        var signed = consentService.recordDeclaration(signer.id(), new ConsentDraft(false, Set.of(campaignId),
                Set.of(Channel.WEB, Channel.TV), "EU", "=HYPERLINK(\"http://evil.example\")",
                LocalDate.now().minusDays(1), null, true, null, null), "signed.pdf", Consents.PDF);
        consentService.revoke(signed.id());
        var linked = consentService.requestByLink(consents.person("Export Linked " + System.nanoTime()).id(),
                Consents.forCampaign(campaignId, Channel.SOCIAL), 7).record();

        var files = zip(campaignId);

        var records = rows(files, "consent-records.csv");
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("consent_id")).isEqualTo(String.valueOf(signed.id()));
            assertThat(r.get("person")).isEqualTo(signer.name());
            assertThat(r.get("status")).isEqualTo("REVOKED");
            assertThat(r.get("revoked_by")).isEqualTo("Marco Manning");
            assertThat(r.get("channels")).isEqualTo("Web, TV");
            assertThat(r.get("declaration_file")).isEqualTo("signed.pdf");
            assertThat(r.get("purposes")).as("formula-safe").isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        });
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("consent_id")).isEqualTo(String.valueOf(linked.id()));
            assertThat(r.get("status")).isEqualTo("AWAITING_CONFIRMATION");
            assertThat(r.get("text_shown")).isEqualTo(linked.textShown());
        });
        assertThat(files.get("consents/consent-" + signed.id() + "-declaration.pdf"))
                .isEqualTo(new String(Consents.PDF, StandardCharsets.UTF_8));
        assertThat(files.keySet()).as("a consent given by link has no uploaded declaration")
                .noneMatch(name -> name.startsWith("consents/consent-" + linked.id() + "-"));
        assertThat(files.get("README.txt")).contains("consent-records.csv", "consents/*");
    }

    @Test
    void a_creator_may_not_export_and_another_workspace_does_not_find_the_campaign() {
        signIn.as(DemoLogins.CREATOR);
        var campaignId = videos.demoCampaignId();
        assertThatThrownBy(() -> compliance.write(campaignId, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoLogins.REVIEWER);
        assertThatThrownBy(() -> compliance.write(campaignId, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);

        var other = secondWorkspace.create("Compliance Rivals", "rival-admin@compliance.example", Roles.ADMIN, "Rival");
        signIn.as(other.memberEmail(), SecondWorkspace.PASSWORD);
        assertThatThrownBy(() -> compliance.write(campaignId, new ByteArrayOutputStream()))
                .isInstanceOf(NoSuchElementException.class);
    }

    private Map<String, String> zip(long campaignId) throws Exception {
        var out = new ByteArrayOutputStream();
        compliance.write(campaignId, out);
        var files = new LinkedHashMap<String, String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static List<CSVRecord> rows(Map<String, String> files, String name) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(files.get(name))).getRecords();
    }
}
