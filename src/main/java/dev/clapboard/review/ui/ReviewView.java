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
import com.vaadin.flow.component.UI;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.review.GuestLinkService;
import dev.clapboard.review.ReviewService;
import dev.clapboard.review.ReviewSidePanel;
import com.vaadin.flow.component.button.Button;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One video under review: the player with its timeline of comments, the prompt and settings and cost behind
 * the video (and where it was remixed from), the comments, the decisions and the stack of its versions. Creators
 * ask for a new version from it; reviewers compare it with its sibling variants; managers share it with guests.
 * A video of another workspace is "not found".
 */
@Route("review/:" + ReviewView.GENERATION_ID)
@PermitAll
class ReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String GENERATION_ID = "generationId";
    /** How many of the campaign's latest finished videos the playlist dialog offers. */
    private static final int PLAYLIST_CHOICES = 50;

    private final ReviewService reviews;
    private final GenerationService generations;
    private final boolean mayDecide;
    private final boolean mayShare;
    private final List<ReviewSidePanel> sidePanels;
    private final boolean mayCreate;
    private String title = "Review · Clapboard";
    @Nullable ReviewPlayer player;
    @Nullable CommentsPanel comments;
    @Nullable DecisionPanel decisions;
    @Nullable VersionStack versions;
    private final Div versionsHolder = new Div();
    private @Nullable GenerationSummary shown;

    final Button share = new Button("Share with a guest");
    final Button sharePlaylist = new Button("Share several videos");
    final Button remix = new Button("New version from this output");
    final Button compare = new Button("Compare variants");
    /** Why this video may not be approved or shared (e.g. "Consent revoked: …"), shown above the player. */
    final Paragraph blocked = new Paragraph();

    ReviewView(ReviewService reviews, GuestLinkService guestLinks, GenerationService generations,
            CurrentUser currentUser, List<ReviewSidePanel> sidePanels) {
        this.reviews = reviews;
        this.generations = generations;
        this.sidePanels = sidePanels;
        this.mayDecide = currentUser.require().hasRole(Roles.REVIEWER);
        this.mayShare = currentUser.require().hasRole(Roles.MANAGER);
        this.mayCreate = currentUser.require().hasRole(Roles.CREATOR);
        addClassName("review-view");
        share.addClickListener(e -> current().ifPresent(v -> new GuestLinkDialog(guestLinks, v.id()).open()));
        sharePlaylist.addClickListener(e -> current().ifPresent(v -> new PlaylistLinkDialog(guestLinks,
                reviews.finishedVideos(v.campaignId(), PLAYLIST_CHOICES), "Videos for review").open()));
        remix.addClickListener(e -> current().ifPresent(v -> new RemixDialog(generations, v,
                queued -> showVersions(v)).open()));
        compare.addClickListener(e -> current().ifPresent(v -> UI.getCurrent().navigate(CompareView.class,
                CompareView.query(generations.siblings(v.id()).stream().map(GenerationSummary::id).toList()))));
        blocked.addClassName("review-blocked");
    }

    private Optional<GenerationSummary> current() {
        return Optional.ofNullable(shown);
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
        shown = video;
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
        var side = new Div(details(video), decisions, actions(video), versionsHolder);
        showVersions(video);
        sidePanels.forEach(panel -> side.add(panel.create(video)));
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

    private Div actions(GenerationSummary video) {
        var actions = new Div();
        actions.addClassName("review-actions");
        var finished = video.videoMediaId() != null;
        if (mayCreate && finished) {
            actions.add(remix);
        }
        if (mayDecide && finished && generations.siblings(video.id()).size() > 1) {
            actions.add(compare);
        }
        if (mayShare && finished) {
            actions.add(share, sharePlaylist);
        }
        return actions;
    }

    /** The stack of versions, shown when there is more than this one. */
    private void showVersions(GenerationSummary video) {
        versionsHolder.removeAll();
        var all = reviews.versions(video.id());
        versions = all.size() > 1 ? new VersionStack(all, video.id()) : null;
        if (versions != null) {
            versionsHolder.add(versions);
        }
    }

    private static Div details(GenerationSummary video) {
        var prompt = new Paragraph(video.promptText());
        prompt.addClassName("review-prompt");
        var settings = new Paragraph(video.providerId() + " · " + video.model() + " · " + video.size() + " · "
                + video.durationSeconds() + " s · " + video.style() + " · AI-generated");
        var cost = new Paragraph("Cost: " + video.estimate().format(Locale.getDefault()));
        var generations = new Anchor("generations?campaign=" + video.campaignId(), "All videos of this campaign");
        var details = new Div(new H3("Prompt"), prompt, settings, cost);
        var parent = video.remixedFromId() != null ? video.remixedFromId() : video.retryOfId();
        if (parent != null) {
            var lineage = new Anchor("review/" + parent, (video.remixedFromId() != null ? "Remixed from #"
                    : "Retry of #") + parent);
            lineage.addClassName("review-lineage");
            details.add(new Paragraph(lineage));
        }
        details.add(generations);
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
