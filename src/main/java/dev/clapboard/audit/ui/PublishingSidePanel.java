package dev.clapboard.audit.ui;

import com.vaadin.flow.component.Component;
import dev.clapboard.audit.ProvenanceService;
import dev.clapboard.audit.PublishingExports;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.review.ReviewSidePanel;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;

/** Adds the AI label state, labelled exports and provenance to the review view (which knows nothing of audit). */
@org.springframework.stereotype.Component
class PublishingSidePanel implements ReviewSidePanel {

    private final PublishingExports exports;
    private final ProvenanceService provenance;
    private final CurrentUser currentUser;

    PublishingSidePanel(PublishingExports exports, ProvenanceService provenance, CurrentUser currentUser) {
        this.exports = exports;
        this.provenance = provenance;
        this.currentUser = currentUser;
    }

    @Override
    public Component create(GenerationSummary video) {
        return new PublishingPanel(exports, provenance, video, currentUser.require().hasRole(Roles.MANAGER));
    }
}
