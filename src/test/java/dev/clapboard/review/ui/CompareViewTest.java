package dev.clapboard.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.clapboard.base.ui.NotFoundView;
import dev.clapboard.campaign.Campaigns;
import dev.clapboard.finance.AbEntry;
import dev.clapboard.finance.AbResultsService;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.review.ComparisonService;
import dev.clapboard.review.ReviewRefusedException;
import dev.clapboard.review.ReviewableVideos;
import dev.clapboard.security.Roles;
import dev.clapboard.support.AwaitGenerations;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;

class CompareViewTest extends KaribuTest {

    @Autowired
    ReviewableVideos videos;
    @Autowired
    ComparisonService comparisons;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    Campaigns campaigns;
    @Autowired
    GenerationService generations;
    @Autowired
    AwaitGenerations await;
    @Autowired
    AbResultsService ab;

    private List<GenerationSummary> variantAndRemix() throws InterruptedException {
        signIn(DemoLogins.CREATOR);
        var first = videos.newVideo("Compare me");
        var second = videos.remixed(first, ReviewableVideos.PROMPT + " and a red balloon");
        return List.of(first, second);
    }

    @Test
    void a_reviewer_sees_two_videos_side_by_side_with_the_prompts_diffed_and_the_picked_winner_stays()
            throws Exception {
        var pair = variantAndRemix();
        var ids = pair.stream().map(GenerationSummary::id).toList();
        signIn(DemoLogins.REVIEWER);

        UI.getCurrent().navigate(CompareView.class, CompareView.query(ids));

        var view = _get(CompareView.class);
        var players = _find(view.columns, ReviewPlayer.Video.class);
        assertThat(players).hasSize(2).extracting(p -> p.getElement().getAttribute("src"))
                .containsExactly("media/" + pair.get(0).videoMediaId(), "media/" + pair.get(1).videoMediaId());
        assertThat(_find(view.columns, Span.class, spec -> spec.withClasses("diff-inserted")))
                .extracting(Span::getText).containsExactly("and a red balloon");
        assertThat(_find(view.columns, Paragraph.class, spec -> spec.withText("A/B results: none yet."))).hasSize(2);
        assertThat(view.winner.getText()).isEqualTo("No winner picked yet.");

        _click(view.pickButtons.get(pair.get(1).id()));

        assertThat(view.winner.getText()).isEqualTo("Winner: #" + pair.get(1).id() + ", picked by Ravi Reddy.");
        UI.getCurrent().navigate("my-reviews");
        UI.getCurrent().navigate(CompareView.class, CompareView.query(List.of(ids.get(1), ids.get(0))));
        assertThat(_get(CompareView.class).winner.getText()).startsWith("Winner: #" + pair.get(1).id());
        assertThat(comparisons.picks(ids)).containsExactly("Ravi Reddy picked #" + pair.get(1).id());
    }

    @Test
    void the_review_view_offers_compare_for_sibling_variants_of_one_batch() throws Exception {
        signIn(DemoLogins.CREATOR);
        var siblings = videos.newVariants("Compare siblings", 2);
        signIn(DemoLogins.MANAGER);
        UI.getCurrent().navigate("review/" + siblings.getFirst().id());

        _click(_get(ReviewView.class).compare);

        assertThat(_find(_get(CompareView.class).columns, ReviewPlayer.Video.class)).hasSize(2);
    }

    @Test
    void a_creator_may_not_open_it_and_another_workspace_finds_nothing() throws Exception {
        var pair = variantAndRemix();
        var ids = pair.stream().map(GenerationSummary::id).toList();
        var path = "review/compare?ids=" + ids.get(0) + "," + ids.get(1);

        openUrl(path);
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
        assertThatThrownBy(() -> comparisons.compare(ids)).isInstanceOf(AccessDeniedException.class);

        var other = secondWorkspace.create("Compare Outsiders", "cora.outsider@contoso.example", Roles.MANAGER,
                "Their compare campaign");
        signIn(other.memberEmail(), SecondWorkspace.PASSWORD);
        openUrl(path);
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
        assertThatThrownBy(() -> comparisons.pickWinner(ids, ids.get(0))).isInstanceOf(ReviewRefusedException.class);
        openUrl("review/compare?ids=" + ids.get(0));
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
    }
    /** Its own campaign (left behind, hence the fresh context after it), so no other test's figures count. */
    @Test
    @DirtiesContext
    void a_reviewer_comparing_two_variants_sees_the_campaigns_a_b_figures_of_each() throws Exception {
        signIn(DemoLogins.MANAGER);
        var campaignId = campaigns.newBoard("Compare A/B").campaign().id();
        var ids = generations.request(new GenerationOrder(campaignId, null, null, "A dashboard on a monitor", "Shot",
                "local", "storyboard-1", new VideoSize(640, 360), 4, 2, "cinematic")).stream()
                .map(GenerationSummary::id).sorted().toList();
        await.allEnded(ids);
        var may = LocalDate.of(2026, 5, 1);
        ab.enter(campaignId, new AbEntry(ids.get(0), "LinkedIn", may, may.plusDays(30), 10_000L, 200L, 10L));
        ab.enter(campaignId, new AbEntry(ids.get(1), "LinkedIn", may, may.plusDays(30), 10_000L, 300L, 30L));
        ab.useVariantAsControl(campaignId, ids.get(0));

        signIn(DemoLogins.REVIEWER);
        UI.getCurrent().navigate(CompareView.class, CompareView.query(ids));

        assertThat(_find(_get(CompareView.class).columns, Paragraph.class)).extracting(Paragraph::getText)
                .filteredOn(text -> text.startsWith("A/B results")).containsExactly(
                        "A/B results (campaign A/B test, the control): 10,000 impressions · CTR 2.0 % · conversion 5.0 %",
                        "A/B results (campaign A/B test, significantly ahead of the control): 10,000 impressions"
                                + " · CTR 3.0 % · conversion 10.0 % · lift 50 %");
        assertThatThrownBy(() -> ab.results(campaignId)).as("the whole test stays with managers")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_b_results_from_finance_show_as_rates_and_lift_beside_the_video() {
        var figures = new dev.clapboard.review.AbFigures("Spring test", 12_400, new java.math.BigDecimal("0.0342"),
                new java.math.BigDecimal("0.051"), new java.math.BigDecimal("12.50"));

        assertThat(CompareView.figures(figures).getText()).isEqualTo(
                "A/B results (Spring test): 12,400 impressions · CTR 3.4 % · conversion 5.1 % · lift 12.5 %");
        assertThat(CompareView.figures(null).getText()).isEqualTo("A/B results: none yet.");
    }
}
