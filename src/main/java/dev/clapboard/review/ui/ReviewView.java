package dev.clapboard.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.review.GuestLinkService;
import dev.clapboard.review.ReviewService;
import com.vaadin.flow.component.button.Button;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One video under review: the player with its timeline of comments, the prompt and settings and cost behind
 * the video, the comments and the decisions. A video of another workspace is "not found".
 */
@Route("review/:" + ReviewView.GENERATION_ID)
@PermitAll
class ReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String GENERATION_ID = "generationId";

    private final ReviewService reviews;
    private final GuestLinkService guestLinks;
    private final boolean mayDecide;
    private final boolean mayShare;
    private String title = "Review · Clapboard";
    @Nullable ReviewPlayer player;
    @Nullable CommentsPanel comments;
    @Nullable DecisionPanel decisions;

    final Button share = new Button("Share with a guest");
    /** Why this video may not be approved or shared (e.g. "Consent revoked: …"), shown above the player. */
    final Paragraph blocked = new Paragraph();

    ReviewView(ReviewService reviews, GuestLinkService guestLinks, CurrentUser currentUser) {
        this.reviews = reviews;
        this.guestLinks = guestLinks;
        this.mayDecide = currentUser.require().hasRole(Roles.REVIEWER);
        this.mayShare = currentUser.require().hasRole(Roles.MANAGER);
        addClassName("review-view");
        blocked.addClassName("review-blocked");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var video = event.getRouteParameters().get(GENERATION_ID).flatMap(ReviewView::parseId)
                .flatMap(reviews::video);
        if (video.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(video.get());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(GenerationSummary video) {
        removeAll();
        title = "Review variant " + video.variantIndex() + " · Clapboard";
        var heading = new H2("Variant " + video.variantIndex() + " · " + video.style());
        var stage = new Div();
        stage.addClassName("review-stage");
        if (video.videoMediaId() == null) {
            stage.add(new Paragraph("There is no video to review: this generation is "
                    + video.status().label().toLowerCase(Locale.ROOT) + "."));
        } else {
            var shown = new ReviewPlayer(video);
            var panel = new CommentsPanel(reviews, video, shown, shown::showMarkers);
            shown.onCommentHere(panel::commentAt);
            shown.onMoved(panel::followPlayer);
            player = shown;
            comments = panel;
            stage.add(shown, panel);
        }
        decisions = new DecisionPanel(reviews, video, mayDecide);
        var side = new Div(details(video), decisions);
        if (mayShare && video.videoMediaId() != null) {
            share.addClickListener(e -> new GuestLinkDialog(guestLinks, video.id()).open());
            side.add(share);
        }
        side.addClassName("review-side");
        var layout = new Div(stage, side);
        layout.addClassName("review-layout");
        add(heading);
        reviews.blocked(video.id()).ifPresent(reason -> {
            blocked.setText(reason);
            add(blocked);
        });
        add(layout);
    }

    private static Div details(GenerationSummary video) {
        var prompt = new Paragraph(video.promptText());
        prompt.addClassName("review-prompt");
        var settings = new Paragraph(video.providerId() + " · " + video.model() + " · " + video.size() + " · "
                + video.durationSeconds() + " s · " + video.style() + " · AI-generated");
        var cost = new Paragraph("Cost: " + video.estimate().format(Locale.getDefault()));
        var generations = new Anchor("generations?campaign=" + video.campaignId(), "All videos of this campaign");
        var details = new Div(new H3("Prompt"), prompt, settings, cost, generations);
        details.addClassName("review-details");
        return details;
    }

    private static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
