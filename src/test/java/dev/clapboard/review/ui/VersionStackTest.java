package dev.clapboard.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationStatus;
import dev.clapboard.review.ReviewService;
import dev.clapboard.review.ReviewableVideos;
import dev.clapboard.review.Verdict;
import dev.clapboard.support.AwaitGenerations;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** "New version from this output" from the review view, and the versions of a concept stacked newest on top. */
class VersionStackTest extends KaribuTest {

    @Autowired
    ReviewableVideos videos;
    @Autowired
    ReviewService reviews;
    @Autowired
    GenerationService generations;
    @Autowired
    AwaitGenerations await;

    @Test
    void a_creator_asks_for_a_new_version_and_the_stack_shows_it_on_top_with_its_lineage_and_decisions()
            throws Exception {
        signIn(DemoLogins.CREATOR);
        var original = videos.newVideo("Version stack");
        UI.getCurrent().navigate("review/" + original.id());
        assertThat(_get(ReviewView.class).versions).isNull();

        _click(_get(ReviewView.class).remix);
        var dialog = _get(RemixDialog.class);
        assertThat(dialog.prompt.getValue()).isEqualTo(ReviewableVideos.PROMPT);
        _setValue(dialog.prompt, "A product designer sketches a dashboard on glass, cold light");
        _click(dialog.request);

        var remix = generations.versions(original.id()).getFirst();
        assertThat(remix.remixedFromId()).isEqualTo(original.id());
        await.ended(remix.id());
        signIn(DemoLogins.MANAGER);
        reviews.decide(original.id(), Verdict.APPROVE, null);
        UI.getCurrent().navigate("review/" + remix.id());

        var view = _get(ReviewView.class);
        assertThat(_find(view, Anchor.class, spec -> spec.withClasses("review-lineage"))).singleElement()
                .satisfies(a -> {
                    assertThat(a.getText()).isEqualTo("Remixed from #" + original.id());
                    assertThat(a.getHref()).isEqualTo("review/" + original.id());
                });
        var entries = view.versions.entries.getChildren().map(Div.class::cast).toList();
        assertThat(entries).hasSize(2);
        assertThat(text(entries.get(0))).startsWith("#" + remix.id()).contains("remixed from #" + original.id())
                .contains("Waiting for review");
        assertThat(entries.get(0).getElement().getAttribute("aria-current")).isEqualTo("true");
        assertThat(text(entries.get(1))).startsWith("#" + original.id()).contains("first version")
                .contains("Approved").contains("Marco Manning: approved");
    }

    @Test
    void an_empty_prompt_is_refused_at_the_field_and_a_reviewer_is_not_offered_a_new_version() throws Exception {
        signIn(DemoLogins.CREATOR);
        var original = videos.newVideo("Version refused");
        var before = generations.page(original.campaignId(), Set.of(), PageRequest.of(0, 1)).getTotalElements();
        UI.getCurrent().navigate("review/" + original.id());

        _click(_get(ReviewView.class).remix);
        var dialog = _get(RemixDialog.class);
        _setValue(dialog.prompt, "  ");
        _click(dialog.request);

        assertThat(dialog.prompt.isInvalid()).isTrue();
        assertThat(dialog.prompt.getErrorMessage()).isEqualTo("The prompt is empty: write or pick a prompt version first.");
        assertThat(generations.page(original.campaignId(), Set.of(), PageRequest.of(0, 1)).getTotalElements())
                .isEqualTo(before);
        assertThat(generations.find(original.id()).orElseThrow().status()).isEqualTo(GenerationStatus.SUCCEEDED);

        signIn(DemoLogins.REVIEWER);
        reload();
        UI.getCurrent().navigate("review/" + original.id());
        assertThat(_get(ReviewView.class).remix.isAttached()).isFalse();
    }

    private static String text(Div entry) {
        return entry.getElement().getTextRecursively();
    }
}
