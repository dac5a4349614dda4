package dev.clapboard.finance;

import dev.clapboard.campaign.CampaignBaseline;
import dev.clapboard.campaign.CampaignService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Service;

/**
 * The portfolio as a PDF, one page per campaign running in a period. Up to
 * {@code clapboard.reports.immediate-export-limit} campaigns it is written while the manager waits; above
 * that it is written on the application's task executor, as the manager (the security context goes along),
 * reporting progress, so no request thread is held for minutes.
 */
@Service
@PreAuthorize("hasRole('MANAGER')")
public class ReportExports {

    /** How far an export has come: steps done of all steps (a report and a page per campaign). */
    public interface Progress {
        void done(int steps, int of);
    }

    private final RoiService roi;
    private final CampaignService campaigns;
    private final AsyncTaskExecutor executor;
    private final int immediateLimit;

    ReportExports(RoiService roi, CampaignService campaigns,
            @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor,
            @Value("${clapboard.reports.immediate-export-limit:5}") int immediateLimit) {
        this.roi = roi;
        this.campaigns = campaigns;
        this.executor = executor;
        this.immediateLimit = immediateLimit;
    }

    /** The campaigns a portfolio export of the period covers, by name. */
    public List<Long> campaignsIn(@Nullable LocalDate from, @Nullable LocalDate to) {
        return campaigns.baselines(from, to).stream().map(CampaignBaseline::id).toList();
    }

    public boolean runsInBackground(List<Long> campaignIds) {
        return campaignIds.size() > immediateLimit;
    }

    /** Writes the PDF now, in the caller's thread. */
    public byte[] portfolioPdf(List<Long> campaignIds, Progress progress) {
        var total = campaignIds.size() * 2;
        var steps = new AtomicInteger();
        var reports = new ArrayList<RoiReport>();
        for (var id : campaignIds) {
            reports.add(roi.report(id));
            progress.done(steps.incrementAndGet(), total);
        }
        return RoiPdf.write(reports, () -> progress.done(steps.incrementAndGet(), total));
    }

    /** Writes the PDF on the task executor as the signed-in manager; the future completes with its bytes. */
    public CompletableFuture<byte[]> portfolioPdfInBackground(List<Long> campaignIds, Progress progress) {
        return CompletableFuture.supplyAsync(() -> portfolioPdf(campaignIds, progress),
                new DelegatingSecurityContextExecutor(executor));
    }
}
