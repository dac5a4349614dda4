package dev.clapboard.api.web;

import dev.clapboard.finance.RoiReport;
import dev.clapboard.finance.RoiService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A campaign's ROI report, the same figures as the report page. */
@RestController
@Tag(name = "Reports")
class ReportsApi {

    private final RoiService roi;

    ReportsApi(RoiService roi) {
        this.roi = roi;
    }

    @GetMapping(path = "/api/v1/campaigns/{campaignId}/roi", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_reports:read')")
    @Operation(summary = "The campaign's ROI against its traditional-production baseline, in euros")
    RoiReport roi(@PathVariable long campaignId) {
        return roi.report(campaignId);
    }
}
