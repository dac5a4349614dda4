package dev.clapboard.finance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.clapboard.finance.ReportExports;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Exports the portfolio of the chosen period as a PDF. A small one is written at once; a large one is written
 * in the background while a progress bar fills (pushed to the browser), then offered as a download link.
 */
class PortfolioPdfExport extends Div {

    private final ReportExports exports;
    private final Supplier<@Nullable LocalDate> from;
    private final Supplier<@Nullable LocalDate> to;
    final Button start = new Button("Export portfolio PDF", e -> start());
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Anchor download = new Anchor();
    @Nullable CompletableFuture<byte[]> running;

    PortfolioPdfExport(ReportExports exports, Supplier<@Nullable LocalDate> from, Supplier<@Nullable LocalDate> to) {
        this.exports = exports;
        this.from = from;
        this.to = to;
        addClassName("report-export");
        progress.setVisible(false);
        download.setVisible(false);
        add(start, progress, status, download);
    }

    private void start() {
        var ids = exports.campaignsIn(from.get(), to.get());
        download.setVisible(false);
        if (!exports.runsInBackground(ids)) {
            offer(exports.portfolioPdf(ids, (done, of) -> { }));
            return;
        }
        var ui = UI.getCurrent();
        start.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText("Writing " + ids.size() + " campaigns…");
        // running completes once the result is handed to the UI, not merely written
        running = exports.portfolioPdfInBackground(ids, (done, of) -> ui.access(() -> progress.setValue((double) done / of)))
                .whenComplete((bytes, failure) -> ui.access(() -> {
                    start.setEnabled(true);
                    if (failure != null) {
                        progress.setVisible(false);
                        status.setText("The export failed; try again.");
                    } else {
                        offer(bytes);
                    }
                }));
    }

    private void offer(byte[] pdf) {
        var name = "portfolio-" + (from.get() == null ? "start" : from.get()) + "-to-"
                + (to.get() == null ? "today" : to.get()) + ".pdf";
        download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(pdf),
                name, "application/pdf", pdf.length)));
        download.setText("Download " + name);
        download.setVisible(true);
        status.setText("");
    }
}
