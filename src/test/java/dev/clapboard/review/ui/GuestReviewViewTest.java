package dev.clapboard.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import dev.clapboard.base.ui.MainLayout;
import dev.clapboard.review.GuestLinkService;
import dev.clapboard.review.GuestLinkSummary;
import dev.clapboard.review.GuestReviews;
import dev.clapboard.review.ReviewService;
import dev.clapboard.review.ReviewableVideos;
import dev.clapboard.security.ui.LoginView;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SignIn;
import com.vaadin.flow.server.VaadinSession;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import dev.clapboard.review.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class GuestReviewViewTest extends KaribuTest {

    @Autowired
    ReviewableVideos videos;
    @Autowired
    ReviewService reviews;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GuestLinkService links;

    /** Made through the services only, so the browser session stays anonymous as a guest's would. */
    private GuestLinkSummary linkAsManager(String title, String password) throws InterruptedException {
        signIn.as(DemoLogins.CREATOR);
        var video = videos.newVideo(title);
        signIn.as(DemoLogins.MANAGER);
        var link = links.create(video.id(), 3, password);
        SignIn.out();
        return link;
    }

    @Test
    void a_manager_creates_a_link_in_the_review_view_within_thirty_days_and_revokes_it() throws Exception {
        signIn(DemoLogins.CREATOR);
        var video = videos.newVideo("Share dialog");
        signIn(DemoLogins.MANAGER);
        UI.getCurrent().navigate("review/" + video.id());
        _click(_get(ReviewView.class).share);
        var dialog = _get(GuestLinkDialog.class);

        _setValue(dialog.days, 31);
        _click(dialog.create);
        assertThat(dialog.days.getErrorMessage()).isEqualTo("A link is valid for 1 to 30 days.");
        assertThat(links.links(video.id())).isEmpty();
        _setValue(dialog.days, 3);
        _click(dialog.create);
        assertThat(dialog.url.getValue()).contains("/guest/");
        _click(_get(dialog, Button.class, spec -> spec.withText("Revoke")));
        assertThat(links.links(video.id())).singleElement().satisfies(l -> assertThat(l.revokedAt()).isNotNull());

        signIn(DemoLogins.REVIEWER);
        reload();
        UI.getCurrent().navigate("review/" + video.id());
        assertThat(_get(ReviewView.class).share.isAttached()).isFalse();
    }

    private static String path(GuestLinkSummary link) {
        return link.url().substring(link.url().indexOf("guest/"));
    }

    @Test
    void a_guest_plays_the_video_and_comments_under_their_name_without_the_app_around_it() throws Exception {
        var link = linkAsManager("Guest view", null);

        openUrl(path(link));

        var view = _get(GuestReviewView.class);
        _assertNone(MainLayout.class);
        assertThat(view.player.video.getElement().getAttribute("src")).startsWith("guest-media/");
        _setValue(view.comments.name, "Gina Guest");
        _setValue(view.comments.at, 1.25);
        _setValue(view.comments.body, "<b>Lovely</b>");
        _click(view.comments.add);
        _assertOne(Paragraph.class, spec -> spec.withText("<b>Lovely</b>"));
        assertThat(view.player.timeline.getChildren()).hasSize(1);

        signIn.as(DemoLogins.REVIEWER);
        assertThat(reviews.comments(link.generationId())).singleElement()
                .satisfies(c -> assertThat(c.authorName() + " external=" + c.external()).isEqualTo("Gina Guest external=true"));
    }

    @Test
    void a_guest_cannot_open_any_other_route() throws Exception {
        var link = linkAsManager("Guest fenced", null);
        openUrl(path(link));
        _get(GuestReviewView.class);

        for (var route : new String[] {"", "generations", "review/" + link.generationId(), "my-reviews", "members"}) {
            openUrl(route);
            _assertNone(GuestReviewView.class);
            _assertOne(LoginView.class);
        }
    }

    @Test
    void an_expired_link_says_so() throws Exception {
        var link = linkAsManager("Guest expired view", null);
        jdbc.update("update review_guest_link set expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), link.id());

        openUrl(path(link));

        assertThat(_get(GuestReviewView.class).headline.getText()).isEqualTo("This review link has expired");
        assertThat(_get(GuestReviewView.class).comments).isNull();
    }

    @Test
    void a_password_protected_link_asks_for_it_and_refuses_a_wrong_one() throws Exception {
        var link = linkAsManager("Guest password view", "storyboard-secret");

        openUrl(path(link));
        var view = _get(GuestReviewView.class);
        assertThat(view.headline.getText()).isEqualTo("This review link is protected");
        _setValue(view.password, "not-it");
        _click(view.open);
        assertThat(view.password.getErrorMessage()).isEqualTo("Wrong password.");
        assertThat(view.comments).isNull();

        _setValue(view.password, "storyboard-secret");
        _click(view.open);
        assertThat(view.comments).isNotNull();
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(
                GuestReviews.unlockedAttribute(path(link).substring("guest/".length())))).isEqualTo(Boolean.TRUE);
    }
    @Test
    void a_guest_picks_a_video_of_a_playlist_and_comments_on_that_one() throws Exception {
        signIn.as(DemoLogins.CREATOR);
        var made = videos.newVariants("Guest playlist view", 2);
        signIn.as(DemoLogins.MANAGER);
        var link = links.createPlaylist("Two picks", List.of(made.get(0).id(), made.get(1).id()), 3, null);
        SignIn.out();

        openUrl(path(link));
        var view = _get(GuestReviewView.class);
        assertThat(view.headline.getText()).isEqualTo("Two picks");
        assertThat(view.picks).hasSize(2);
        _click(view.picks.get(made.get(1).id()));
        assertThat(view.player.video.getElement().getAttribute("src")).endsWith("/" + made.get(1).id());
        assertThat(view.picks.get(made.get(1).id()).getElement().getAttribute("aria-current")).isEqualTo("true");
        _setValue(view.comments.name, "Gina Guest");
        _setValue(view.comments.body, "This one");
        _click(view.comments.add);

        signIn.as(DemoLogins.REVIEWER);
        assertThat(reviews.comments(made.get(1).id())).singleElement()
                .satisfies(c -> assertThat(c.body()).isEqualTo("This one"));
        assertThat(reviews.comments(made.get(0).id())).isEmpty();
    }

    @Test
    void a_manager_shares_the_approved_videos_of_a_campaign_as_one_playlist_link() throws Exception {
        signIn(DemoLogins.CREATOR);
        var made = videos.newVariants("Playlist dialog", 2);
        signIn(DemoLogins.MANAGER);
        reviews.decide(made.get(1).id(), Verdict.APPROVE, null);
        UI.getCurrent().navigate("review/" + made.get(0).id());

        _click(_get(ReviewView.class).sharePlaylist);
        var dialog = _get(PlaylistLinkDialog.class);
        assertThat(dialog.videos.getSelectedItems()).extracting(v -> v.video().id()).contains(made.get(1).id())
                .doesNotContain(made.get(0).id());
        _setValue(dialog.title, "");
        _click(dialog.create);
        assertThat(dialog.title.isInvalid()).isTrue();
        _setValue(dialog.title, "Approved for the client");
        _click(dialog.create);

        assertThat(dialog.url.getValue()).contains("/guest/");
        assertThat(links.playlists()).first().satisfies(l -> {
            assertThat(l.title()).isEqualTo("Approved for the client");
            assertThat(l.generationIds()).contains(made.get(1).id()).doesNotContain(made.get(0).id());
        });
    }
}
