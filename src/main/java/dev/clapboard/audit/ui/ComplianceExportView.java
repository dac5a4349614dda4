package dev.clapboard.audit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.clapboard.audit.ComplianceExport;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignSummary;
import dev.clapboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.jspecify.annotations.Nullable;

/** A campaign's compliance export for legal: what the ZIP holds and the download. Managers and admins. */
@Route("campaigns/:" + ComplianceExportView.CAMPAIGN_ID + "/compliance")
@PageTitle("Compliance export · Clapboard")
@RolesAllowed(Roles.MANAGER)
class ComplianceExportView extends Main implements BeforeEnterObserver {

    static final String CAMPAIGN_ID = "campaignId";

    private final CampaignService campaigns;
    private final ComplianceExport compliance;
    @Nullable Anchor download;

    ComplianceExportView(CampaignService campaigns, ComplianceExport compliance) {
        this.campaigns = campaigns;
        this.compliance = compliance;
        addClassName("compliance-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var campaign = event.getRouteParameters().get(CAMPAIGN_ID).flatMap(Ids::parse).flatMap(campaigns::find);
        if (campaign.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(campaign.get());
    }

    private void show(CampaignSummary campaign) {
        removeAll();
        long id = campaign.id();
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            var out = new ByteArrayOutputStream();
            compliance.write(id, out);
            var bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    compliance.fileName(id), "application/zip", bytes.length);
        }), "Download compliance export (ZIP)");
        var contents = new UnorderedList(new ListItem("audit-entries.csv: every audited action on this campaign, "
                + "with its hash chain values"), new ListItem("consent-records.csv: every consent that covers this "
                + "campaign, with scope, how it was given and any revocation"),
                new ListItem("consents/: the signed declarations uploaded for those consents"),
                new ListItem("provenance/*.json: where each stored video came from"),
                new ListItem("labelled-exports.csv: the copies made for publishing, with the AI label burned in"),
                new ListItem("README.txt: what each file holds"));
        add(new H2("Compliance export: " + campaign.name()), new Paragraph("One ZIP for legal. The download itself "
                + "is recorded in the audit trail."), contents, download);
    }
}
