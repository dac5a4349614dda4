package dev.clapboard.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.clapboard.audit.ExportRefusedException;
import dev.clapboard.audit.LabelledExportSummary;
import dev.clapboard.audit.ProvenanceService;
import dev.clapboard.audit.PublishingExports;
import dev.clapboard.generation.GenerationSummary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Beside a video under review: whether a labelled copy for publishing exists (and links to each), "Export for
 * publishing" for managers, the provenance record as JSON, and the campaign's compliance export for managers.
 */
class PublishingPanel extends Div {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK).withZone(ZoneId.systemDefault());

    private final PublishingExports exports;
    private final ProvenanceService provenance;
    private final GenerationSummary video;
    final Paragraph labelState = new Paragraph();
    final Div exportLinks = new Div();
    final Button export = new Button("Export for publishing");
    final Div provenanceLinks = new Div();

    PublishingPanel(PublishingExports exports, ProvenanceService provenance, GenerationSummary video,
            boolean mayExport) {
        this.exports = exports;
        this.provenance = provenance;
        this.video = video;
        addClassName("publishing-panel");
        add(new H3("AI label and provenance"), labelState, exportLinks);
        if (mayExport && video.videoMediaId() != null) {
            export.addClickListener(e -> exportNow());
            add(export, new Paragraph(new Anchor("campaigns/" + video.campaignId() + "/compliance",
                    "Compliance export of this campaign")));
        }
        add(provenanceLinks);
        refresh();
    }

    private void exportNow() {
        try {
            var made = exports.export(video.id());
            Notification.show("Labelled copy ready: “" + made.labelText() + "”, " + made.position().label()
                    .toLowerCase(Locale.ROOT) + ".").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ExportRefusedException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        var made = exports.exports(video.id());
        labelState.setText(made.isEmpty() ? "Not labelled yet: there is no export for publishing."
                : "Labelled for publishing: " + made.size() + (made.size() == 1 ? " export" : " exports")
                        + ", newest " + TIME.format(made.getFirst().createdAt()) + ".");
        labelState.getElement().getThemeList().set("badge", true);
        labelState.getElement().getThemeList().set("success", !made.isEmpty());
        exportLinks.removeAll();
        made.forEach(e -> exportLinks.add(new Paragraph(link(e))));
        provenanceLinks.removeAll();
        provenance.json(video.id()).ifPresentOrElse(json -> {
            var bytes = json.getBytes(StandardCharsets.UTF_8);
            var download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(bytes), "provenance-generation-" + video.id() + ".json",
                    "application/json", bytes.length)), "Download provenance (JSON)");
            provenanceLinks.add(new Paragraph(download), new Paragraph(new Anchor("provenance/" + video.id(),
                    "Show provenance")));
        }, () -> provenanceLinks.add(new Paragraph("The provenance record is written once the video is stored.")));
    }

    private static Anchor link(LabelledExportSummary e) {
        var anchor = new Anchor(e.downloadPath(), "Labelled copy of " + TIME.format(e.createdAt()) + " (“"
                + e.labelText() + "”, " + e.position().label().toLowerCase(Locale.ROOT) + ")");
        anchor.setRouterIgnore(true);
        anchor.getElement().setAttribute("download", "labelled-generation-" + e.generationId() + "-" + e.id() + ".mp4");
        return anchor;
    }
}
