package dev.clapboard.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.MovableClock;
import dev.clapboard.support.SignIn;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** A comment can be edited for 15 minutes after it was written; the clock is moved, not waited for. */
@ClapboardTest
@Import(MovableClock.Config.class)
class CommentEditWindowTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewableVideos videos;
    @Autowired
    MovableClock clock;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
        clock.reset();
    }

    @Test
    void a_comment_is_editable_at_fourteen_minutes_and_refused_with_a_reason_at_sixteen() throws Exception {
        signIn.as(DemoLogins.CREATOR);
        var video = videos.newVideo("Edit window");
        signIn.as(DemoLogins.REVIEWER);
        var comment = reviews.comment(video.id(), new NewComment(1_000, null, "The logo is too small"));

        clock.advance(Duration.ofMinutes(14));
        assertThat(reviews.comments(video.id())).singleElement().satisfies(c -> assertThat(c.mayEdit()).isTrue());
        var edited = reviews.edit(comment.id(), "The logo is far too small");
        assertThat(edited.body()).isEqualTo("The logo is far too small");
        assertThat(edited.edited()).isTrue();

        clock.advance(Duration.ofMinutes(2));
        assertThat(reviews.comments(video.id())).singleElement().satisfies(c -> {
            assertThat(c.mayEdit()).isFalse();
            assertThat(c.mayDelete()).isTrue();
        });
        assertThatThrownBy(() -> reviews.edit(comment.id(), "Changed my mind"))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("A comment can be edited for 15 minutes after it was written; reply instead.");
        assertThat(reviews.comments(video.id())).singleElement()
                .satisfies(c -> assertThat(c.body()).isEqualTo("The logo is far too small"));
    }
}
