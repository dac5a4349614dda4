package dev.clapboard.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.base.Money;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@ClapboardTest
class CampaignServiceTest {

    @Autowired
    CampaignService campaignService;
    @Autowired
    BoardService boardService;
    @Autowired
    Campaigns campaigns;
    @Autowired
    SignIn signIn;

    @AfterEach
    void cleanUp() {
        campaigns.removeTestCampaigns();
        SignIn.out();
    }

    @Test
    void a_manager_creates_a_campaign_with_the_standard_lanes_and_the_default_baseline() {
        signIn.as(DemoLogins.MANAGER);
        var blank = CampaignDraft.blank();
        var created = campaignService.create(new CampaignDraft("Autumn push", "Northwind Cloud", null,
                List.of("B2B decision makers", "Social 18–34"), null, null, Money.euros(5_000), blank.baselineCost(),
                blank.baselineLeadTimeDays(), blank.baselineVariants(), CampaignStatus.PLANNING));

        var found = campaignService.find(created.id()).orElseThrow();
        assertThat(found.ownerName()).isEqualTo("Marco Manning");
        assertThat(found.status()).isEqualTo(CampaignStatus.PLANNING);
        assertThat(found.audiences()).containsExactly("B2B decision makers", "Social 18–34");
        assertThat(found.baselineCost().amount()).isEqualByComparingTo("20000");
        assertThat(found.baselineLeadTimeDays()).isEqualTo(15);
        assertThat(found.baselineVariants()).isEqualTo(5);
        assertThat(found.spend().amount()).isZero();
        assertThat(found.approvedVideos()).isZero();
        assertThat(boardService.board(created.id()).orElseThrow().lanes()).extracting(Board.Lane::name)
                .containsExactly("Ideas", "Prompting", "Generating", "In review", "Approved", "Published");
        assertThat(boardService.activity(created.id(), PageRequest.of(0, 10)).getContent())
                .singleElement().satisfies(a -> assertThat(a.actorName()).isEqualTo("Marco Manning"));
    }

    static Stream<Arguments> bad_drafts() {
        var december10 = LocalDate.of(2026, 12, 10);
        return Stream.of(
                Arguments.of("end before start", draft("x", december10, december10.minusDays(1), 1_000, 20_000, 15,
                        CampaignStatus.PLANNING), CampaignRules.END_BEFORE_START),
                Arguments.of("negative budget", draft("x", null, null, -1, 20_000, 15, CampaignStatus.PLANNING),
                        CampaignRules.NEGATIVE_BUDGET),
                Arguments.of("negative baseline", draft("x", null, null, 1_000, -20_000, 15, CampaignStatus.PLANNING),
                        CampaignRules.NEGATIVE_BASELINE),
                Arguments.of("negative lead time", draft("x", null, null, 1_000, 20_000, -1, CampaignStatus.PLANNING),
                        CampaignRules.NEGATIVE_LEAD_TIME),
                Arguments.of("10,000-character name", draft("x".repeat(10_000), null, null, 1_000, 20_000, 15,
                        CampaignStatus.PLANNING), "within 160 characters"),
                Arguments.of("blank name", draft(" ", null, null, 1_000, 20_000, 15, CampaignStatus.PLANNING),
                        CampaignRules.NAME_REQUIRED),
                Arguments.of("archived through the form", draft("x", null, null, 1_000, 20_000, 15,
                        CampaignStatus.ARCHIVED), CampaignRules.ARCHIVE_SEPARATELY));
    }

    private static CampaignDraft draft(String name, LocalDate start, LocalDate end, long budget, long baseline,
            int leadTime, CampaignStatus status) {
        return new CampaignDraft(name, "Northwind Analytics", null, List.of(), start, end, Money.euros(budget),
                Money.euros(baseline), leadTime, 5, status);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_drafts")
    void bad_input_is_refused_with_a_clear_message_and_nothing_is_saved(String what, CampaignDraft bad,
            String message) {
        signIn.as(DemoLogins.MANAGER);
        var before = campaignService.list(PageRequest.of(0, 50)).getTotalElements();

        assertThatThrownBy(() -> campaignService.create(bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);

        var existing = campaigns.newBoard("Valid one").campaign();
        assertThatThrownBy(() -> campaignService.update(existing.id(), bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
        assertThat(campaignService.find(existing.id()).orElseThrow().name()).isEqualTo("Valid one");
        assertThat(campaignService.list(PageRequest.of(0, 50)).getTotalElements()).isEqualTo(before + 1);
    }

    @ParameterizedTest
    @EnumSource(value = DemoLogins.class, names = {"CREATOR", "REVIEWER"})
    void only_managers_and_admins_create_edit_archive_or_delete_campaigns(DemoLogins login) {
        signIn.as(DemoLogins.MANAGER);
        var existing = campaigns.newBoard("Managed").campaign();
        signIn.as(login);

        assertThatThrownBy(() -> campaignService.create(Campaigns.draft("Not mine to create")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaignService.update(existing.id(), Campaigns.draft("Renamed")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaignService.archive(existing.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaignService.delete(existing.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(campaignService.find(existing.id()).orElseThrow().name()).isEqualTo("Managed");
    }

    @Test
    void an_archived_campaign_leaves_the_default_list_shows_under_its_filter_and_is_read_only() {
        signIn.as(DemoLogins.MANAGER);
        var board = campaigns.newBoard("Old launch");

        campaignService.archive(board.campaign().id());

        assertThat(campaignService.list(CampaignFilter.DEFAULT, PageRequest.of(0, 50)).getContent())
                .extracting(CampaignSummary::name).doesNotContain("Old launch");
        assertThat(campaignService.list(new CampaignFilter("", CampaignStatus.ARCHIVED), PageRequest.of(0, 50))
                .getContent()).extracting(CampaignSummary::name).containsExactly("Old launch");
        assertThatThrownBy(() -> campaignService.update(board.campaign().id(), Campaigns.draft("Revived")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("archived");
        assertThatThrownBy(() -> boardService.createCard(board.lanes().getFirst().id(), Campaigns.card("Late idea")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
        assertThat(campaigns.titlesIn(board.lanes().getFirst())).isEmpty();
    }

    @Test
    void a_campaign_with_cards_cannot_be_deleted_but_an_empty_one_can() {
        signIn.as(DemoLogins.MANAGER);
        var used = campaigns.newBoard("Has cards");
        boardService.createCard(used.lanes().getFirst().id(), Campaigns.card("An idea"));
        var empty = campaigns.newBoard("Empty");

        assertThatThrownBy(() -> campaignService.delete(used.campaign().id()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Archive it instead");
        campaignService.delete(empty.campaign().id());

        assertThat(campaignService.find(used.campaign().id())).isPresent();
        assertThat(campaignService.find(empty.campaign().id())).isEmpty();
    }

    @Test
    void the_list_filters_by_text_in_name_or_brand_and_by_status() {
        signIn.as(DemoLogins.MANAGER);
        campaigns.newBoard("Winter teaser");
        campaignService.create(Campaigns.draft("Summer 100% teaser", CampaignStatus.ACTIVE));

        assertThat(names(new CampaignFilter("TEASER", null))).containsExactly("Summer 100% teaser", "Winter teaser");
        assertThat(names(new CampaignFilter("100%", null))).containsExactly("Summer 100% teaser");
        assertThat(names(new CampaignFilter("teaser", CampaignStatus.ACTIVE))).containsExactly("Summer 100% teaser");
        assertThat(names(new CampaignFilter("northwind analytics", CampaignStatus.ACTIVE)))
                .contains(DemoCampaign.NAME, "Summer 100% teaser");
        assertThat(names(new CampaignFilter("no such thing", null))).isEmpty();
    }

    private List<String> names(CampaignFilter filter) {
        return campaignService.list(filter, PageRequest.of(0, 50)).stream().map(CampaignSummary::name).toList();
    }
}
