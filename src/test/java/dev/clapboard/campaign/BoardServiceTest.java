package dev.clapboard.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.security.Roles;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@ClapboardTest
class BoardServiceTest {

    @Autowired
    BoardService boardService;
    @Autowired
    Campaigns campaigns;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    SignIn signIn;

    Board board;
    Board.Lane ideas;
    Board.Lane prompting;

    @BeforeEach
    void aBoard() {
        signIn.as(DemoLogins.MANAGER);
        board = campaigns.newBoard("Board test");
        ideas = board.lanes().get(0);
        prompting = board.lanes().get(1);
        signIn.as(DemoLogins.CREATOR);
    }

    @AfterEach
    void cleanUp() {
        campaigns.removeTestCampaigns();
        SignIn.out();
    }

    @Test
    void a_creator_adds_cards_at_the_end_of_a_lane_and_moves_them_between_and_within_lanes() {
        var a = boardService.createCard(ideas.id(), Campaigns.card("A"));
        var b = boardService.createCard(ideas.id(), Campaigns.card("B"));
        var c = boardService.createCard(ideas.id(), Campaigns.card("C"));
        assertThat(campaigns.titlesIn(ideas)).containsExactly("A", "B", "C");

        boardService.moveCard(c.id(), ideas.id(), a.id());
        assertThat(campaigns.titlesIn(ideas)).containsExactly("C", "A", "B");

        boardService.moveCard(a.id(), prompting.id(), null);
        boardService.moveCardAfter(b.id(), prompting.id(), a.id());
        assertThat(campaigns.titlesIn(ideas)).containsExactly("C");
        assertThat(campaigns.titlesIn(prompting)).containsExactly("A", "B");

        var feed = boardService.activity(board.campaign().id(), PageRequest.of(0, 2)).getContent();
        assertThat(feed).extracting(ActivityEntry::summary)
                .containsExactly("moved “B” from Ideas to Prompting", "moved “A” from Ideas to Prompting");
        assertThat(feed).extracting(ActivityEntry::actorName).containsOnly("Chloe Carter");
    }

    @Test
    void the_keyboard_moves_go_one_step_up_down_left_or_right() {
        var a = boardService.createCard(ideas.id(), Campaigns.card("A"));
        boardService.createCard(ideas.id(), Campaigns.card("B"));
        var c = boardService.createCard(ideas.id(), Campaigns.card("C"));

        boardService.moveCard(c.id(), CardMove.UP);
        assertThat(campaigns.titlesIn(ideas)).containsExactly("A", "C", "B");
        boardService.moveCard(a.id(), CardMove.DOWN);
        assertThat(campaigns.titlesIn(ideas)).containsExactly("C", "A", "B");
        boardService.moveCard(a.id(), CardMove.RIGHT);
        assertThat(campaigns.titlesIn(prompting)).containsExactly("A");
        boardService.moveCard(a.id(), CardMove.LEFT);
        boardService.moveCard(a.id(), CardMove.LEFT);
        assertThat(campaigns.titlesIn(ideas)).containsExactly("C", "B", "A");
    }

    @Test
    void many_moves_into_the_same_gap_keep_the_order() {
        var first = boardService.createCard(ideas.id(), Campaigns.card("first"));
        var last = boardService.createCard(ideas.id(), Campaigns.card("last"));
        var expected = new java.util.ArrayList<>(List.of("first"));
        for (int i = 0; i < 15; i++) {
            var card = boardService.createCard(ideas.id(), Campaigns.card("n" + i));
            boardService.moveCard(card.id(), ideas.id(), last.id());
            expected.add("n" + i);
        }
        expected.add("last");
        assertThat(campaigns.titlesIn(ideas)).containsExactlyElementsOf(expected);
        assertThat(first.id()).isNotEqualTo(last.id());
    }

    @Test
    void a_reviewer_sees_the_board_but_cannot_create_edit_move_or_delete_cards() {
        var card = boardService.createCard(ideas.id(), Campaigns.card("Untouchable"));
        signIn.as(DemoLogins.REVIEWER);

        assertThat(boardService.board(board.campaign().id())).isPresent();
        assertThat(campaigns.titlesIn(ideas)).containsExactly("Untouchable");
        assertThatThrownBy(() -> boardService.createCard(ideas.id(), Campaigns.card("Sneaky")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> boardService.updateCard(card.id(), card.version(), Campaigns.card("Renamed")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> boardService.moveCard(card.id(), prompting.id(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> boardService.moveCard(card.id(), CardMove.RIGHT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> boardService.deleteCard(card.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(campaigns.titlesIn(ideas)).containsExactly("Untouchable");
    }

    @Test
    void a_forged_move_to_a_lane_of_another_campaign_is_refused_and_nothing_changes() {
        var card = boardService.createCard(ideas.id(), Campaigns.card("Stays home"));
        signIn.as(DemoLogins.MANAGER);
        var other = campaigns.newBoard("Other campaign");
        signIn.as(DemoLogins.CREATOR);

        assertThatThrownBy(() -> boardService.moveCard(card.id(), other.lanes().getFirst().id(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("its own campaign");
        var foreignCard = boardService.createCard(other.lanes().getFirst().id(), Campaigns.card("Elsewhere"));
        assertThatThrownBy(() -> boardService.moveCard(card.id(), ideas.id(), foreignCard.id()))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(campaigns.titlesIn(ideas)).containsExactly("Stays home");
        assertThat(campaigns.titlesIn(other.lanes().getFirst())).containsExactly("Elsewhere");
        assertThat(boardService.card(card.id()).orElseThrow().version()).isEqualTo(card.version());
    }

    @Test
    void another_workspaces_board_and_cards_are_not_found() {
        var card = boardService.createCard(ideas.id(), Campaigns.card("Ours"));
        var contoso = secondWorkspace.create("Contoso " + System.nanoTime(),
                "creator" + System.nanoTime() + "@contoso.example", Roles.CREATOR, "Contoso launch");
        signIn.as(contoso.memberEmail(), SecondWorkspace.PASSWORD);

        assertThat(boardService.board(board.campaign().id())).isEmpty();
        assertThat(boardService.card(card.id())).isEmpty();
        assertThat(boardService.cards(ideas.id(), PageRequest.of(0, 10))).isEmpty();
        assertThatThrownBy(() -> boardService.moveCard(card.id(), ideas.id(), null))
                .isInstanceOf(CampaignNotFoundException.class);
        assertThatThrownBy(() -> boardService.createCard(ideas.id(), Campaigns.card("Planted")))
                .isInstanceOf(CampaignNotFoundException.class);
        assertThatThrownBy(() -> boardService.deleteCard(card.id())).isInstanceOf(CampaignNotFoundException.class);
    }

    @Test
    void a_stale_save_is_refused_naming_who_changed_the_card_and_keeps_their_version() {
        var card = boardService.createCard(ideas.id(), Campaigns.card("Original"));
        signIn.as(DemoLogins.MANAGER);
        boardService.updateCard(card.id(), card.version(), Campaigns.card("Manager's title"));
        signIn.as(DemoLogins.CREATOR);

        assertThatThrownBy(() -> boardService.updateCard(card.id(), card.version(), Campaigns.card("Creator's title")))
                .isInstanceOf(CardChangedException.class).hasMessageContaining("changed by Marco Manning")
                .hasMessageContaining("reload");
        assertThat(boardService.card(card.id()).orElseThrow().draft().title()).isEqualTo("Manager's title");
    }

    @Test
    void bad_card_input_is_refused_and_nothing_is_saved() {
        assertThatThrownBy(() -> boardService.createCard(ideas.id(), Campaigns.card("x".repeat(10_000))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("within 200 characters");
        assertThatThrownBy(() -> boardService.createCard(ideas.id(), Campaigns.card("  ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(CardRules.TITLE_REQUIRED);
        assertThatThrownBy(() -> boardService.createCard(ideas.id(), new CardDraft("Too long a wish", null, null,
                null, AspectRatio.VERTICAL, 0, null, null, List.of()))).hasMessage(CardRules.DURATION_RANGE);
        var contoso = secondWorkspace.create("Contoso " + System.nanoTime(),
                "owner" + System.nanoTime() + "@contoso.example", Roles.ADMIN, "Contoso launch");
        assertThatThrownBy(() -> boardService.createCard(ideas.id(), new CardDraft("Outsider", null, null, null,
                AspectRatio.SQUARE, 15, contoso.memberAccountId(), null, List.of())))
                .hasMessageContaining("member of this workspace");

        assertThat(campaigns.titlesIn(ideas)).isEmpty();
        assertThat(boardService.activity(board.campaign().id(), PageRequest.of(0, 10)).getContent())
                .extracting(ActivityEntry::summary).containsExactly("created the campaign “Board test”");
    }

    @Test
    void assigning_and_deleting_cards_show_in_the_activity_feed() {
        var card = boardService.createCard(ideas.id(), Campaigns.card("Teaser"));
        var chloe = boardService.assignableMembers().stream().filter(m -> m.displayName().equals("Chloe Carter"))
                .findFirst().orElseThrow();
        var assigned = boardService.updateCard(card.id(), card.version(), new CardDraft("Teaser", "Brief", null,
                "Cinematic", AspectRatio.VERTICAL, 15, chloe.accountId(), null, List.of("social", "teaser")));
        assertThat(boardService.cards(ideas.id(), PageRequest.of(0, 10))).singleElement().satisfies(c -> {
            assertThat(c.assigneeName()).isEqualTo("Chloe Carter");
            assertThat(c.labels()).containsExactly("social", "teaser");
            assertThat(c.aspectRatio().label()).isEqualTo("9:16");
        });

        boardService.deleteCard(assigned.id());

        assertThat(boardService.activity(board.campaign().id(), PageRequest.of(0, 3)).getContent())
                .extracting(ActivityEntry::summary).containsExactly("deleted “Teaser”",
                        "assigned “Teaser” to Chloe Carter", "created “Teaser” in Ideas");
        assertThat(campaigns.titlesIn(ideas)).isEmpty();
    }

    @Test
    void a_lane_of_500_cards_is_read_a_page_at_a_time() {
        for (int i = 0; i < 500; i++) {
            boardService.createCard(ideas.id(), Campaigns.card("Shot " + i));
        }

        assertThat(boardService.countCards(ideas.id())).isEqualTo(500);
        assertThat(boardService.cards(ideas.id(), PageRequest.of(0, 50))).hasSize(50).first()
                .satisfies(c -> assertThat(c.title()).isEqualTo("Shot 0"));
        assertThat(boardService.cards(ideas.id(), PageRequest.of(9, 50))).hasSize(50).last()
                .satisfies(c -> assertThat(c.title()).isEqualTo("Shot 499"));
    }
}
