package dev.clapboard.generation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dev.clapboard.campaign.Campaigns;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationStatus;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The generations grid pages by key: scrolling on reads the rows after the last one shown, in the same order
 * an offset read gives, with nothing twice and nothing left out, also when many rows share a request time.
 */
class GenerationPagesTest extends KaribuTest {

    private static final int ROWS = 1_234;

    @Autowired
    Campaigns campaigns;
    @Autowired
    GenerationService generations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecondWorkspace secondWorkspace;

    long campaignId;

    @BeforeEach
    void aCampaignWithManyGenerations() {
        var manager = (ClapboardUser) signIn(DemoLogins.MANAGER).getPrincipal();
        campaignId = campaigns.newBoard("Long history " + System.nanoTime()).campaign().id();
        // ten rows per second, so that the id has to break ties; every third row failed (H2's system_range
        // names its column X)
        jdbc.update("""
                insert into generation (workspace_id, campaign_id, batch_id, variant_index, prompt_text, provider_id,
                    model, width, height, duration_seconds, style, seed, status, estimate_amount, estimate_currency,
                    requested_by, requested_at)
                select ?, ?, 'batch-' || n, 1, 'Shot ' || n, 'local', 'storyboard-1', 640, 360, 4, 'animated', n,
                    case when mod(n, 3) = 0 then 'FAILED' else 'SUCCEEDED' end, 0, 'EUR', ?,
                    dateadd('SECOND', n / 10, timestamp with time zone '2026-05-01 09:00:00+00')
                from (select "X" as n from system_range(1, ?)) r""",
                manager.workspaceId(), campaignId, manager.accountId(), ROWS);
    }

    @AfterEach
    void removeThem() {
        jdbc.update("delete from generation where campaign_id = ?", campaignId);
        campaigns.removeTestCampaigns();
    }

    @Test
    void scrolling_page_by_page_reads_every_generation_once_newest_first_by_key() {
        var pages = new GenerationPages(generations);
        var seen = new ArrayList<Long>();
        var paths = new ArrayList<GenerationPages.Path>();
        for (int offset = 0; offset < ROWS; offset += 50) {
            pages.fetch(campaignId, Set.of(), offset, 50).forEach(g -> seen.add(g.id()));
            paths.add(pages.lastPath);
        }

        assertThat(seen).containsExactlyElementsOf(newestFirst(null));
        assertThat(paths.subList(1, paths.size())).containsOnly(GenerationPages.Path.KEYSET);
    }

    @Test
    void a_jump_far_from_any_page_seen_reads_by_offset_and_scrolling_on_from_there_by_key() {
        var pages = new GenerationPages(generations);
        var expected = newestFirst(null);

        var jumped = pages.fetch(campaignId, Set.of(), 1_000, 50);
        assertThat(pages.lastPath).isEqualTo(GenerationPages.Path.OFFSET);
        var next = pages.fetch(campaignId, Set.of(), 1_050, 50);
        assertThat(pages.lastPath).isEqualTo(GenerationPages.Path.KEYSET);
        var back = pages.fetch(campaignId, Set.of(), 950, 50);

        assertThat(ids(jumped)).containsExactlyElementsOf(expected.subList(1_000, 1_050));
        assertThat(ids(next)).containsExactlyElementsOf(expected.subList(1_050, 1_100));
        assertThat(ids(back)).containsExactlyElementsOf(expected.subList(950, 1_000));
    }

    @Test
    void with_a_status_filter_the_pages_hold_only_that_status_and_all_of_it() {
        var pages = new GenerationPages(generations);
        var failed = Set.of(GenerationStatus.FAILED);
        var seen = new ArrayList<GenerationSummary>();
        for (int offset = 0; offset < ROWS; offset += 40) {
            seen.addAll(pages.fetch(campaignId, failed, offset, 40));
        }

        assertThat(seen).extracting(GenerationSummary::status).containsOnly(GenerationStatus.FAILED);
        assertThat(ids(seen)).containsExactlyElementsOf(newestFirst("FAILED"));
        assertThat(generations.count(campaignId, failed)).isEqualTo(ROWS / 3);
    }

    @Test
    void the_grid_counts_every_generation_and_shows_a_deep_row_where_it_belongs() {
        UI.getCurrent().navigate("generations", QueryParameters.simple(Map.of("campaign", String.valueOf(campaignId))));
        var view = _get(GenerationsView.class);

        assertThat(_size(view.grid)).isEqualTo(ROWS);
        assertThat(_get(view.grid, 1_100).generation().id()).isEqualTo(newestFirst(null).get(1_100));
    }

    @Test
    void the_pages_of_another_workspace_campaign_are_empty() {
        var other = secondWorkspace.create("Contoso " + System.nanoTime(), "pages" + System.nanoTime() + "@contoso.example",
                "ADMIN", "Contoso launch");
        signIn(other.memberEmail(), SecondWorkspace.PASSWORD);
        var pages = new GenerationPages(generations);

        assertThat(pages.fetch(campaignId, Set.of(), 0, 50)).isEmpty();
        assertThat(generations.count(campaignId, Set.of())).isZero();
    }

    private List<Long> newestFirst(String status) {
        return status == null
                ? jdbc.queryForList("select id from generation where campaign_id = ? order by requested_at desc, id desc",
                        Long.class, campaignId)
                : jdbc.queryForList("select id from generation where campaign_id = ? and status = ?"
                        + " order by requested_at desc, id desc", Long.class, campaignId, status);
    }

    private static List<Long> ids(List<GenerationSummary> generations) {
        return generations.stream().map(GenerationSummary::id).toList();
    }
}
