package dev.clapboard.review.ui;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import dev.clapboard.base.ui.NotFoundView;
import dev.clapboard.campaign.LaneStage;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.review.ReviewService;
import dev.clapboard.review.ReviewableVideos;
import dev.clapboard.review.Verdict;
import dev.clapboard.security.Roles;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.node.JsonNodeFactory;

class ReviewViewTest extends KaribuTest {

    @Autowired
    ReviewableVideos videos;
    @Autowired
    ReviewService reviews;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private GenerationSummary newVideo(String title) throws InterruptedException {
        signIn(DemoLogins.CREATOR);
        return videos.newVideo(title);
    }

    private ReviewView open(DemoLogins login, GenerationSummary video) {
        signIn(login);
        UI.getCurrent().navigate("review/" + video.id());
        return _get(ReviewView.class);
    }

    @Test
    void a_comment_at_three_and_a_half_seconds_shows_at_its_marker_and_a_click_on_the_marker_seeks_there()
            throws Exception {
        var video = newVideo("Marker video");
        var view = open(DemoLogins.REVIEWER, video);
        var comments = view.comments;

        _setValue(comments.at, 3.5);
        _setValue(comments.body, "Cut here, the logo is late");
        _click(comments.add);

        var markers = view.player.timeline.getChildren().toList();
        assertThat(markers).hasSize(1);
        var marker = markers.getFirst();
        assertThat(marker.getElement().getAttribute("data-at")).isEqualTo("3500");
        assertThat(marker.getElement().getStyle().get("left")).isEqualTo("87.500%");
        assertThat(marker.getElement().getAttribute("title")).startsWith("0:03.500 · frame 84");
        assertThat(comments.body.getValue()).isEmpty();
        _assertOne(Paragraph.class, spec -> spec.withText("Cut here, the logo is late"));

        view.player.seek(0);
        _click((com.vaadin.flow.component.html.Div) marker);
        assertThat(view.player.positionMillis()).isEqualTo(3_500);
        assertThat(view.player.position.getText()).isEqualTo("0:03.500 · frame 84 @ 24 fps");
    }

    @Test
    void pressing_c_puts_the_comment_at_the_current_time_and_a_reply_shows_in_the_thread() throws Exception {
        var video = newVideo("Keyboard video");
        var view = open(DemoLogins.MANAGER, video);

        _fireDomEvent(view.player.video.getElement(), new DomEvent(view.player.video.getElement(), "comment-here",
                JsonNodeFactory.instance.objectNode().put("element.currentTime", 2.25)));
        assertThat(view.comments.at.getValue()).isEqualTo(2.25);
        _setValue(view.comments.body, "Hold this frame longer");
        _click(view.comments.add);

        var reply = _get(view.comments.threads, TextArea.class, spec -> spec.withPlaceholder("Reply"));
        _setValue(reply, "Will do");
        _click(_get(view.comments.threads, Button.class, spec -> spec.withText("Reply")));

        assertThat(reviews.comments(video.id())).extracting(c -> c.body() + "@" + c.atMillis())
                .containsExactly("Hold this frame longer@2250", "Will do@2250");
        _assertOne(Paragraph.class, spec -> spec.withText("Will do"));
    }

    @Test
    void markup_in_a_comment_is_shown_as_text_and_only_web_addresses_become_links() throws Exception {
        var video = newVideo("Markup video");
        var view = open(DemoLogins.REVIEWER, video);

        _setValue(view.comments.body, "<script>alert(1)</script> see https://example.com/brief");
        _click(view.comments.add);

        var body = _get(view.comments.threads, Paragraph.class, spec -> spec.withClasses("review-comment-body"));
        assertThat(body.getElement().getTextRecursively()).isEqualTo("<script>alert(1)</script> see https://example.com/brief");
        assertThat(body.getElement().getChildren().filter(e -> !e.isTextNode()).map(e -> e.getTag())).containsExactly("a");
        var link = _get(body, Anchor.class);
        assertThat(link.getHref()).isEqualTo("https://example.com/brief");
        assertThat(link.getElement().getAttribute("rel")).contains("noopener");
    }

    @Test
    void bad_input_is_refused_at_the_field_and_nothing_is_saved() throws Exception {
        var video = newVideo("Bad input video");
        var view = open(DemoLogins.REVIEWER, video);
        assertThat(view.comments.body.getHelperText()).contains("up to 5,000 characters");

        _setValue(view.comments.body, "x".repeat(20_000));
        _click(view.comments.add);
        assertThat(view.comments.body.isInvalid()).isTrue();
        assertThat(view.comments.body.getErrorMessage()).isEqualTo("At most 5,000 characters, please (this has 20,000).");

        _setValue(view.comments.body, "Too late");
        _setValue(view.comments.at, 9.0);
        _click(view.comments.add);
        assertThat(view.comments.at.getErrorMessage()).isEqualTo("Pick a time between 0 and 4 s, the length of the video.");

        _setValue(view.comments.at, 1.0);
        _setValue(view.comments.body, "@Nobody Atall look");
        _click(view.comments.add);
        assertThat(view.comments.body.getErrorMessage()).contains("is not a member of this workspace");

        assertThat(view.player.timeline.getChildren()).isEmpty();
        assertThat(reviews.comments(video.id())).isEmpty();
    }

    @Test
    void a_manager_approves_and_the_card_moves_to_approved() throws Exception {
        var video = newVideo("Approve in view");
        var view = open(DemoLogins.MANAGER, video);

        _click(view.decisions.approve);

        assertThat(view.decisions.state.getText()).isEqualTo("Approved");
        assertThat(videos.stage(video.cardId())).isEqualTo(LaneStage.APPROVED);
    }

    @Test
    void request_changes_without_a_comment_is_refused_at_the_note_then_goes_through_with_one() throws Exception {
        var video = newVideo("Changes in view");
        var view = open(DemoLogins.REVIEWER, video);

        _click(view.decisions.requestChanges);
        assertThat(view.decisions.note.isInvalid()).isTrue();
        assertThat(view.decisions.note.getErrorMessage()).isEqualTo("Say what should change.");
        assertThat(videos.stage(video.cardId())).isEqualTo(LaneStage.IN_REVIEW);

        _setValue(view.decisions.note, "Warmer colours");
        _click(view.decisions.requestChanges);

        assertThat(view.decisions.state.getText()).isEqualTo("Changes requested");
        assertThat(videos.stage(video.cardId())).isEqualTo(LaneStage.PROMPTING);
    }

    @Test
    void a_creator_comments_but_sees_no_decision_buttons_and_the_service_refuses_them_too() throws Exception {
        var video = newVideo("Creator view");
        var view = open(DemoLogins.CREATOR, video);

        _assertNone(view.decisions, Button.class, spec -> spec.withText("Approve"));
        _assertOne(Paragraph.class, spec -> spec.withText("Reviewers and managers decide on videos; you can comment."));
        assertThatThrownBy(() -> reviews.decide(video.id(), Verdict.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
        _setValue(view.comments.body, "Creators may comment");
        _click(view.comments.add);
        assertThat(view.player.timeline.getChildren()).hasSize(1);
    }

    @Test
    void an_unknown_video_or_one_of_another_workspace_is_not_found() throws Exception {
        var video = newVideo("Hidden video");
        signIn(DemoLogins.ADMIN);
        var other = secondWorkspace.create("Review View Outsiders", "vera.outsider@contoso.example", Roles.MANAGER,
                "Their own campaign");

        openUrl("review/999999");
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
        openUrl("review/not-a-number");
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));

        signIn(other.memberEmail(), SecondWorkspace.PASSWORD);
        openUrl("review/" + video.id());
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
        _assertNone(ReviewView.class);
    }

    @Test
    void my_reviews_lists_the_video_and_opens_its_review_and_a_creator_cannot_open_it() throws Exception {
        var video = newVideo("Queue view");
        openUrl("my-reviews");
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));

        signIn(DemoLogins.REVIEWER);
        UI.getCurrent().navigate("my-reviews");
        var queue = _get(MyReviewsView.class);
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            queue.grid.getDataProvider().refreshAll();
            return reviews.waitingForMe(org.springframework.data.domain.PageRequest.of(0, 1000)).stream()
                    .anyMatch(g -> g.id() == video.id());
        });
        queue.grid.getDataProvider().refreshAll();
        var row = java.util.stream.IntStream.range(0, _size(queue.grid))
                .filter(i -> queue.grid.getDataCommunicator().getItem(i).id() == video.id()).findFirst().orElseThrow();
        _click((Button) _getCellComponent(queue.grid, row, "review"));

        assertThat(_get(ReviewView.class).getPageTitle()).isEqualTo("Review variant 1 · Clapboard");
    }
    @Test
    void the_player_counts_frames_at_the_rate_the_video_declares() throws Exception {
        var video = newVideo("Frame rate");
        assertThat(video.framesPerSecond()).isEqualTo(24);
        jdbc.update("update generation set frames_per_second = 30 where id = ?", video.id());

        var view = open(DemoLogins.REVIEWER, video);

        assertThat(view.player.position.getText()).isEqualTo("0:00.000 · frame 0 @ 30 fps");
        assertThat(view.player.label(1_500)).isEqualTo("0:01.500 · frame 45");
    }
}
