package dev.clapboard.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import dev.clapboard.review.ReviewService;
import dev.clapboard.review.ReviewableVideos;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad-input corpus for timed review comments on a 4-second video: times out of the video, spans that end
 * before they start, empty and huge texts are named at their field and save no comment.
 */
class CommentFormCorpusTest extends KaribuTest {

    private static final String AT = "Pick a time between 0 and 4 s, the length of the video.";
    private static final String UNTIL = "The end of the span must be after its start and no later than 4 s.";
    private static Long videoId;

    record Bad(String what, Consumer<CommentsPanel> input, Function<CommentsPanel, HasValidation> field,
            String message) {
        @Override
        public String toString() {
            return what;
        }
    }

    @Autowired
    ReviewableVideos videos;
    @Autowired
    ReviewService reviews;

    static Stream<Bad> refused() {
        return Stream.of(
                new Bad("no time", c -> _setValue(c.at, null), c -> c.at, "Pick a time."),
                new Bad("a negative time", c -> _setValue(c.at, -0.5), c -> c.at, AT),
                new Bad("a time a millisecond after the end", c -> _setValue(c.at, 4.001), c -> c.at, AT),
                new Bad("a time of 10^300 seconds", c -> _setValue(c.at, 1e300), c -> c.at, AT),
                new Bad("a time of minus infinity", c -> _setValue(c.at, Double.NEGATIVE_INFINITY), c -> c.at, AT),
                new Bad("a span ending where it starts", c -> _setValue(c.until, 1.0), c -> c.until, UNTIL),
                new Bad("a span ending before it starts", c -> _setValue(c.until, 0.5), c -> c.until, UNTIL),
                new Bad("a span ending after the video", c -> _setValue(c.until, 4.5), c -> c.until, UNTIL),
                new Bad("a span ending at a negative time", c -> _setValue(c.until, -3.0), c -> c.until, UNTIL),
                new Bad("a span ending in the year 3000", c -> _setValue(c.until, 3.2e10), c -> c.until, UNTIL),
                new Bad("an empty comment", c -> _setValue(c.body, ""), c -> c.body, "Write a comment first."),
                new Bad("a comment of blanks and newlines", c -> _setValue(c.body, " \n\t\n "), c -> c.body,
                        "Write a comment first."),
                new Bad("5,001 characters", c -> _setValue(c.body, "x".repeat(5_001)), c -> c.body,
                        "At most 5,000 characters, please (this has 5,001)."),
                new Bad("100,000 characters", c -> _setValue(c.body, "x".repeat(100_000)), c -> c.body,
                        "At most 5,000 characters, please (this has 100,000)."));
    }

    @ParameterizedTest(name = "{0} is named at its field and saves no comment")
    @MethodSource("refused")
    void a_bad_comment_is_named_at_its_field_and_saves_no_comment(Bad bad) throws InterruptedException {
        signIn(DemoLogins.CREATOR);
        if (videoId == null) {
            videoId = videos.newVideo("Comment corpus video").id();
        }
        signIn(DemoLogins.REVIEWER);
        UI.getCurrent().navigate("review/" + videoId);
        var panel = _get(ReviewView.class).comments;
        _setValue(panel.body, "Looks good here");
        _setValue(panel.at, 1.0);

        bad.input().accept(panel);
        _click(panel.add);

        var field = bad.field().apply(panel);
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(bad.message());
        assertThat(reviews.comments(videoId)).isEmpty();
    }
}
