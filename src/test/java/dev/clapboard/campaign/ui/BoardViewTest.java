package dev.clapboard.campaign.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import dev.clapboard.base.ui.NotFoundView;
import dev.clapboard.campaign.AspectRatio;
import dev.clapboard.campaign.Board;
import dev.clapboard.campaign.BoardService;
import dev.clapboard.campaign.CardDetails;
import dev.clapboard.campaign.CardMove;
import dev.clapboard.campaign.CardSummary;
import dev.clapboard.campaign.CampaignRules;
import dev.clapboard.campaign.Campaigns;
import dev.clapboard.security.Roles;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class BoardViewTest extends KaribuTest {

    @Autowired
    Campaigns campaigns;
    @Autowired
    BoardService boardService;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    dev.clapboard.campaign.CampaignService campaignService;

    Board board;
    CardDetails first;
    CardDetails second;

    @BeforeEach
    void aBoardWithTwoIdeas() {
        signIn.as(DemoLogins.MANAGER);
        board = campaigns.newBoard("Live board");
        first = boardService.createCard(board.lanes().get(0).id(), Campaigns.card("First idea"));
        second = boardService.createCard(board.lanes().get(0).id(), Campaigns.card("Second idea"));
    }

    @AfterEach
    void cleanUp() {
        campaigns.removeTestCampaigns();
    }

    @Test
    void a_creator_adds_a_card_with_the_dialog() {
        var view = openBoardAs(DemoLogins.CREATOR);
        var ideas = view.lanes.get(0);
        assertThat(view.lanes).extracting(lane -> lane.lane.name())
                .containsExactly("Ideas", "Prompting", "Generating", "In review", "Approved", "Published");
        assertThat(ideas.count.getText()).isEqualTo("2");

        _click(ideas.add);
        var dialog = _get(CardDialog.class);
        _setValue(dialog.title, "Hero shot");
        _setValue(dialog.brief, "The dashboard opens, the coffee is still hot.");
        _setValue(dialog.audience, "B2B decision makers");
        _setValue(dialog.style, "Cinematic");
        _setValue(dialog.aspectRatio, AspectRatio.VERTICAL);
        _setValue(dialog.duration, 15);
        _setValue(dialog.assignee, member("Chloe Carter"));
        _setValue(dialog.labels, "social, teaser");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(ideas.count.getText()).isEqualTo("3");
        var card = _get(ideas.grid, 2);
        assertThat(card.title()).isEqualTo("Hero shot");
        assertThat(card.assigneeName()).isEqualTo("Chloe Carter");
        assertThat(card.aspectRatio()).isEqualTo(AspectRatio.VERTICAL);
        assertThat(card.labels()).containsExactly("social", "teaser");
    }

    @Test
    void a_card_title_of_10000_characters_is_refused_at_the_field_and_nothing_is_saved() {
        var view = openBoardAs(DemoLogins.CREATOR);
        _click(view.lanes.get(0).add);
        var dialog = _get(CardDialog.class);
        _setValue(dialog.title, "x".repeat(10_000));
        _setValue(dialog.duration, 0);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        _expectInvalid(dialog.title, CampaignRules.tooLong(200));
        _expectInvalid(dialog.duration, "Between 1 and 600 seconds.");
        assertThat(campaigns.titlesIn(board.lanes().get(0))).containsExactly("First idea", "Second idea");
    }

    @Test
    void a_creator_moves_cards_by_drag_and_drop_and_with_the_keyboard_buttons_and_the_order_persists() {
        var view = openBoardAs(DemoLogins.CREATOR);
        var ideas = view.lanes.get(0);
        var prompting = view.lanes.get(1);

        view.dragStarted(_get(ideas.grid, 1));
        view.dropped(ideas.lane.id(), _get(ideas.grid, 0), false);
        assertThat(titles(ideas)).containsExactly("Second idea", "First idea");

        view.dragStarted(_get(ideas.grid, 0));
        view.dropped(prompting.lane.id(), null, false);
        assertThat(titles(prompting)).containsExactly("Second idea");
        assertThat(prompting.count.getText()).isEqualTo("1");

        view.move(_get(ideas.grid, 0), CardMove.RIGHT);
        assertThat(titles(prompting)).containsExactly("Second idea", "First idea");
        view.move(_get(prompting.grid, 1), CardMove.UP);
        assertThat(titles(prompting)).containsExactly("First idea", "Second idea");
        assertThat(ideas.count.getText()).isEqualTo("0");

        reload();
        UI.getCurrent().navigate("campaigns/" + board.campaign().id());
        assertThat(titles(_get(BoardView.class).lanes.get(1))).containsExactly("First idea", "Second idea");
    }

    @Test
    void a_reviewer_sees_the_board_but_has_no_controls_and_the_service_refuses_a_forged_move() {
        var view = openBoardAs(DemoLogins.REVIEWER);

        assertThat(view.editable).isFalse();
        assertThat(view.lanes).allSatisfy(lane -> {
            assertThat(lane.add.isVisible()).isFalse();
            assertThat(lane.grid.isRowsDraggable()).isFalse();
            assertThat(lane.grid.getDropMode()).isNull();
        });
        assertThat(titles(view.lanes.get(0))).containsExactly("First idea", "Second idea");

        view.openCard(_get(view.lanes.get(0).grid, 0));
        var dialog = _get(CardDialog.class);
        assertThat(dialog.title.getValue()).isEqualTo("First idea");
        assertThat(dialog.title.isReadOnly()).isTrue();
        assertThat(dialog.save.isVisible()).isFalse();
        assertThat(dialog.delete.isVisible()).isFalse();

        assertThatThrownBy(() -> view.move(_get(view.lanes.get(0).grid, 0), CardMove.RIGHT))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(campaigns.titlesIn(board.lanes().get(0))).containsExactly("First idea", "Second idea");
    }

    @Test
    void another_workspaces_campaign_in_the_address_is_not_found() {
        var contoso = secondWorkspace.create("Contoso " + System.nanoTime(),
                "owner" + System.nanoTime() + "@contoso.example", Roles.ADMIN, "Contoso secret launch");
        signIn(DemoLogins.ADMIN);
        reload();

        openUrl("campaigns/" + contoso.campaignId());

        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
        _assertNone(BoardView.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"campaigns/abc", "campaigns/-1", "campaigns/99999999999999999999", "campaigns/12.5",
            "campaigns/0"})
    void a_campaign_id_that_is_no_campaign_of_ours_is_not_found(String path) {
        signIn(DemoLogins.MANAGER);
        reload();

        openUrl(path);

        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
        _assertNone(BoardView.class);
    }

    @Test
    void a_move_on_one_open_board_appears_on_the_other_with_who_is_looking_and_editing() {
        var managersBoard = openBoardAs(DemoLogins.MANAGER);
        var managersUi = UI.getCurrent();

        signIn(DemoLogins.CREATOR);
        MockVaadin.INSTANCE.createUI$karibu_testing_v10(UI::new, VaadinSession.getCurrent());
        UI.getCurrent().navigate("campaigns/" + board.campaign().id());
        var creatorsBoard = _get(BoardView.class);
        var creatorsUi = UI.getCurrent();
        assertThat(creatorsBoard).isNotSameAs(managersBoard);
        MockVaadin.runUIQueue();
        assertThat(avatarNames(managersBoard)).containsExactly("Chloe Carter");
        assertThat(avatarNames(creatorsBoard)).containsExactly("Marco Manning");

        UI.setCurrent(creatorsUi);
        creatorsBoard.move(_get(creatorsBoard.lanes.get(0).grid, 0), CardMove.RIGHT);
        creatorsBoard.openCard(_get(creatorsBoard.lanes.get(0).grid, 0));
        MockVaadin.runUIQueue();

        UI.setCurrent(managersUi);
        assertThat(managersBoard.lanes.get(0).count.getText()).isEqualTo("1");
        assertThat(managersBoard.lanes.get(1).count.getText()).isEqualTo("1");
        assertThat(titles(managersBoard.lanes.get(1))).containsExactly("First idea");
        assertThat(managersBoard.editorOf(second.id())).isEqualTo("Chloe Carter");
        assertThat(creatorsBoard.editorOf(second.id())).isEmpty();

        VaadinSession.getCurrent().removeUI(creatorsUi);
        MockVaadin.runUIQueue();
        UI.setCurrent(managersUi);
        assertThat(avatarNames(managersBoard)).isEmpty();
        assertThat(managersBoard.editorOf(second.id())).isEmpty();
    }

    @Test
    void an_open_board_turns_read_only_as_soon_as_its_campaign_is_archived() {
        var view = openBoardAs(DemoLogins.MANAGER);
        assertThat(view.lanes.getFirst().add.isVisible()).isTrue();

        campaignService.archive(board.campaign().id());
        MockVaadin.runUIQueue();

        assertThat(view.editable).isFalse();
        assertThat(view.status.getText()).isEqualTo("Archived · read-only");
        assertThat(view.lanes).allSatisfy(lane -> {
            assertThat(lane.add.isVisible()).isFalse();
            assertThat(lane.grid.isRowsDraggable()).isFalse();
        });
        assertThat(titles(view.lanes.getFirst())).containsExactly("First idea", "Second idea");
    }

    @Test
    void a_stale_save_says_who_changed_the_card_and_keeps_what_was_typed() {
        var view = openBoardAs(DemoLogins.CREATOR);
        view.openCard(_get(view.lanes.get(0).grid, 0));
        var dialog = _get(CardDialog.class);
        _setValue(dialog.title, "Creator's title");
        _setValue(dialog.brief, "Typed with care");

        signIn.as(DemoLogins.MANAGER);
        boardService.updateCard(first.id(), first.version(), Campaigns.card("Manager's title"));
        signIn.as(DemoLogins.CREATOR);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.problem.getText()).contains("changed by Marco Manning", "reload");
        assertThat(dialog.title.getValue()).isEqualTo("Creator's title");
        assertThat(dialog.brief.getValue()).isEqualTo("Typed with care");
        assertThat(boardService.card(first.id()).orElseThrow().draft().title()).isEqualTo("Manager's title");

        _click(dialog.reloadTheirs);
        assertThat(dialog.title.getValue()).isEqualTo("Manager's title");
        _setValue(dialog.title, "Agreed title");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(boardService.card(first.id()).orElseThrow().draft().title()).isEqualTo("Agreed title");
    }

    @Test
    void a_board_with_500_cards_opens_with_lazy_lanes_and_no_component_per_card() {
        for (int i = 0; i < 498; i++) {
            boardService.createCard(board.lanes().get(0).id(), Campaigns.card("Shot " + i));
        }

        var view = openBoardAs(DemoLogins.CREATOR);

        var ideas = view.lanes.get(0);
        assertThat(ideas.count.getText()).isEqualTo("500");
        assertThat(ideas.grid.getDataProvider().isInMemory()).isFalse();
        assertThat(_size(ideas.grid)).isEqualTo(500);
        assertThat(_find(view, Component.class).size()).isLessThan(100);
    }

    private BoardView openBoardAs(DemoLogins login) {
        signIn(login);
        reload();
        UI.getCurrent().navigate("campaigns/" + board.campaign().id());
        return _get(BoardView.class);
    }

    private dev.clapboard.workspace.Member member(String name) {
        return boardService.assignableMembers().stream().filter(m -> m.displayName().equals(name)).findFirst()
                .orElseThrow();
    }

    private static List<String> titles(LaneColumn lane) {
        return lane.grid.getGenericDataView().getItems().map(CardSummary::title).toList();
    }

    private static List<String> avatarNames(BoardView view) {
        return view.viewers.getItems().stream().map(AvatarGroup.AvatarGroupItem::getName).toList();
    }
}
