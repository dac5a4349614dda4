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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** One guest link for several videos: each plays and takes comments; nothing outside the playlist opens. */
@ClapboardTest
class GuestPlaylistTest {

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

    private List<GenerationSummary> threeVariants(String title) throws InterruptedException {
        signIn.as(DemoLogins.CREATOR);
        var made = videos.newVariants(title, 3);
        signIn.as(DemoLogins.MANAGER);
        return made;
    }

    private static String token(GuestLinkSummary link) {
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }

    private MockMvc http() {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void a_guest_plays_and_comments_on_each_video_of_a_playlist_but_reaches_no_video_outside_it() throws Exception {
        var made = threeVariants("Playlist");
        var a = made.get(0).id();
        var b = made.get(1).id();
        var outside = made.get(2).id();
        var link = links.createPlaylist("Spring launch picks", List.of(a, b), 7, null);
        var token = token(link);
        SignIn.out();

        var access = guests.open(token);
        assertThat(access.state()).isEqualTo(State.OPEN);
        assertThat(access.title()).isEqualTo("Spring launch picks");
        assertThat(access.videos()).extracting(GuestAccess.GuestVideo::generationId).containsExactly(a, b);
        assertThat(access.videos()).allSatisfy(v -> assertThat(v.framesPerSecond()).isEqualTo(24));
        http().perform(get("/guest-media/" + token + "/" + b).header("Range", "bytes=0-99"))
                .andExpect(status().isPartialContent());
        http().perform(get("/guest-media/" + token + "/" + outside)).andExpect(status().isNotFound());

        guests.comment(token, null, b, "Gina Guest", new NewComment(1_000, null, "The second one is best"));
        assertThat(guests.comments(token, null, a)).isEmpty();
        assertThat(guests.comments(token, null, b)).singleElement()
                .satisfies(c -> assertThat(c.body()).isEqualTo("The second one is best"));
        assertThatThrownBy(() -> guests.comment(token, null, outside, "Gina Guest", new NewComment(0, null, "Sneaky")))
                .isInstanceOf(ReviewRefusedException.class).hasMessage("This video is not part of this review link.");
        assertThatThrownBy(() -> guests.comments(token, null, outside)).isInstanceOf(ReviewRefusedException.class);

        signIn.as(DemoLogins.MANAGER);
        assertThat(reviews.comments(outside)).isEmpty();
        assertThat(links.playlists()).filteredOn(l -> l.id() == link.id()).singleElement()
                .satisfies(l -> assertThat(l.generationIds()).containsExactly(a, b));
        assertThat(links.audit(link.id())).containsExactly(
                "Marco Manning: LINK_CREATED playlist of 2 videos [" + a + ", " + b + "], valid 7 days",
                "guest: OPENED",
                "Gina Guest: COMMENTED on video " + b + " at 0:01.000 · frame 24: The second one is best");
    }

    @Test
    void an_expired_or_revoked_playlist_opens_nothing_and_wrong_passwords_lock_it() throws Exception {
        var made = threeVariants("Playlist closed");
        var ids = List.of(made.get(0).id(), made.get(1).id());
        var expired = links.createPlaylist("Expired", ids, 1, null);
        jdbc.update("update review_guest_link set expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), expired.id());
        var revoked = links.createPlaylist("Revoked", ids, 30, null);
        links.revoke(revoked.id());
        var locked = links.createPlaylist("Protected", ids, 7, "storyboard-secret");
        SignIn.out();

        assertThat(guests.open(token(expired)).state()).isEqualTo(State.EXPIRED);
        http().perform(get("/guest-media/" + token(expired) + "/" + ids.get(1))).andExpect(status().isGone());
        assertThatThrownBy(() -> guests.comment(token(expired), null, ids.get(1), "Late", new NewComment(0, null, "?")))
                .isInstanceOf(ReviewRefusedException.class).hasMessage("This review link has expired.");
        assertThat(guests.open(token(revoked)).state()).isEqualTo(State.REVOKED);
        http().perform(get("/guest-media/" + token(revoked) + "/" + ids.get(0))).andExpect(status().isGone());

        for (int i = 1; i <= 4; i++) {
            assertThat(guests.unlock(token(locked), "wrong-" + i).state()).isEqualTo(State.PASSWORD_NEEDED);
        }
        assertThat(guests.unlock(token(locked), "wrong-5").state()).isEqualTo(State.LOCKED);
        assertThat(guests.unlock(token(locked), "storyboard-secret").state()).isEqualTo(State.LOCKED);
        var session = new MockHttpSession();
        session.setAttribute(GuestReviews.unlockedAttribute(token(locked)), Boolean.TRUE);
        http().perform(get("/guest-media/" + token(locked) + "/" + ids.get(1)).session(session))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void only_managers_share_playlists_of_finished_videos_of_their_workspace_and_nothing_half_saved()
            throws Exception {
        var made = threeVariants("Playlist rules");
        var a = made.get(0).id();
        var before = links.playlists().size();

        assertThatThrownBy(() -> links.createPlaylist("Picks", List.of(), 7, null))
                .isInstanceOf(ReviewRefusedException.class).hasMessage("Pick at least one video to share.");
        assertThatThrownBy(() -> links.createPlaylist(" ", List.of(a), 7, null))
                .isInstanceOf(ReviewRefusedException.class).extracting("field").isEqualTo("title");
        assertThatThrownBy(() -> links.createPlaylist("Picks", List.of(a, 999_999L), 7, null))
                .isInstanceOf(ReviewRefusedException.class).hasMessage("That video does not exist in this workspace.");
        assertThatThrownBy(() -> links.createPlaylist("Picks", List.of(a), 31, null))
                .isInstanceOf(ReviewRefusedException.class).hasMessage("A link is valid for 1 to 30 days.");
        assertThat(links.playlists()).hasSize(before);
        signIn.as(DemoLogins.CREATOR);
        assertThatThrownBy(() -> links.createPlaylist("Picks", List.of(a), 7, null))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoLogins.REVIEWER);
        assertThatThrownBy(() -> links.playlists()).isInstanceOf(AccessDeniedException.class);
    }
}
