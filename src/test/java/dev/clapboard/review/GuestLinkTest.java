package dev.clapboard.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.review.GuestAccess.State;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Guest links: who makes them, what they open and for how long, and the media endpoint behind them. */
@ClapboardTest
class GuestLinkTest {

    @Autowired
    GuestLinkService links;
    @Autowired
    GuestReviews guests;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewableVideos videos;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private GenerationSummary newVideo(String title) throws InterruptedException {
        signIn.as(DemoLogins.CREATOR);
        var video = videos.newVideo(title);
        signIn.as(DemoLogins.MANAGER);
        return video;
    }

    private static String token(GuestLinkSummary link) {
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }

    private MockMvc http() {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void a_guest_watches_and_comments_through_a_link_marked_external_and_every_step_is_audited() throws Exception {
        var video = newVideo("Guest watches");
        var link = links.create(video.id(), 7, null);
        var token = token(link);
        SignIn.out();

        var access = guests.open(token);
        assertThat(access.state()).isEqualTo(State.OPEN);
        assertThat(access.video().durationSeconds()).isEqualTo(4);
        http().perform(get("/guest-media/" + token).header("Range", "bytes=0-99"))
                .andExpect(status().isPartialContent());
        var comment = guests.comment(token, null, "Gina Guest", new NewComment(2_000, null, "Love the ending"));
        assertThat(comment.external()).isTrue();
        assertThat(comment.authorAccountId()).isNull();
        assertThatThrownBy(() -> guests.comment(token, null, " ", new NewComment(0, null, "Anonymous")))
                .isInstanceOf(ReviewRefusedException.class).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> guests.comment(token, null, "Gina Guest", new NewComment(60_000, null, "Late")))
                .isInstanceOf(ReviewRefusedException.class).extracting("field").isEqualTo(ReviewRefusedException.AT);

        signIn.as(DemoLogins.MANAGER);
        assertThat(reviews.comments(video.id())).extracting(TimedComment::authorName, TimedComment::external)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Gina Guest", true));
        assertThat(links.audit(link.id())).containsExactly("Marco Manning: LINK_CREATED valid 7 days",
                "guest: OPENED", "Gina Guest: COMMENTED at 0:02.000 · frame 48: Love the ending");
    }

    @Test
    void an_expired_link_shows_expired_and_its_video_is_gone() throws Exception {
        var video = newVideo("Guest expired");
        var link = links.create(video.id(), 1, null);
        jdbc.update("update review_guest_link set expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), link.id());
        SignIn.out();

        assertThat(guests.open(token(link)).state()).isEqualTo(State.EXPIRED);
        http().perform(get("/guest-media/" + token(link))).andExpect(status().isGone());
        assertThatThrownBy(() -> guests.comment(token(link), null, "Late Guest", new NewComment(0, null, "Hello?")))
                .isInstanceOf(ReviewRefusedException.class).hasMessage("This review link has expired.");
    }

    @Test
    void a_revoked_link_is_refused_and_an_unknown_token_is_not_found() throws Exception {
        var video = newVideo("Guest revoked");
        var link = links.create(video.id(), 30, null);
        links.revoke(link.id());
        assertThat(links.links(video.id())).singleElement().satisfies(l -> assertThat(l.revokedAt()).isNotNull());
        SignIn.out();

        assertThat(guests.open(token(link)).state()).isEqualTo(State.REVOKED);
        http().perform(get("/guest-media/" + token(link))).andExpect(status().isGone());
        assertThat(guests.open("no-such-token").state()).isEqualTo(State.UNKNOWN);
        http().perform(get("/guest-media/no-such-token")).andExpect(status().isNotFound());
    }

    @Test
    void a_wrong_password_is_refused_and_the_fifth_locks_the_link_even_for_the_right_one() throws Exception {
        var video = newVideo("Guest password");
        var link = links.create(video.id(), 7, "storyboard-secret");
        var token = token(link);
        SignIn.out();

        assertThat(guests.open(token).state()).isEqualTo(State.PASSWORD_NEEDED);
        http().perform(get("/guest-media/" + token)).andExpect(status().isUnauthorized());
        assertThat(guests.unlock(token, "storyboard-secret").state()).isEqualTo(State.OPEN);
        for (int i = 1; i <= 4; i++) {
            assertThat(guests.unlock(token, "wrong-" + i).state()).isEqualTo(State.PASSWORD_NEEDED);
        }
        assertThat(guests.unlock(token, "wrong-5").state()).isEqualTo(State.LOCKED);
        assertThat(guests.unlock(token, "storyboard-secret").state()).isEqualTo(State.LOCKED);
        var session = new MockHttpSession();
        session.setAttribute(GuestReviews.unlockedAttribute(token), Boolean.TRUE);
        http().perform(get("/guest-media/" + token).session(session)).andExpect(status().isUnauthorized());

        jdbc.update("update review_guest_link set locked_until = null where id = ?", link.id());
        http().perform(get("/guest-media/" + token).session(session)).andExpect(status().isOk());
        signIn.as(DemoLogins.MANAGER);
        assertThat(links.audit(link.id())).filteredOn(a -> a.contains("WRONG_PASSWORD")).hasSize(5);
    }

    @Test
    void only_managers_make_links_for_finished_videos_for_at_most_thirty_days() throws Exception {
        var video = newVideo("Guest rules");

        assertThatThrownBy(() -> links.create(video.id(), 31, null)).isInstanceOf(ReviewRefusedException.class)
                .hasMessage("A link is valid for 1 to 30 days.");
        assertThatThrownBy(() -> links.create(video.id(), 7, "short")).isInstanceOf(ReviewRefusedException.class)
                .extracting("field").isEqualTo("password");
        assertThat(links.links(video.id())).isEmpty();
        signIn.as(DemoLogins.CREATOR);
        assertThatThrownBy(() -> links.create(video.id(), 7, null)).isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoLogins.REVIEWER);
        assertThatThrownBy(() -> links.create(video.id(), 7, null)).isInstanceOf(AccessDeniedException.class);
    }
}
