package dev.clapboard.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import dev.clapboard.campaign.BoardService;
import dev.clapboard.campaign.Campaigns;
import dev.clapboard.campaign.LaneStage;
import dev.clapboard.support.Cards;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import dev.clapboard.support.TwoNodes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/** Two nodes on one PostgreSQL: a board open on node B follows a change made through node A. */
class BoardAcrossNodesTest {

    private static TwoNodes nodes;

    @BeforeAll
    static void startNodes() {
        nodes = TwoNodes.start();
    }

    @AfterAll
    static void stopNodes() {
        nodes.close();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        SignIn.out();
    }

    @Test
    void a_card_moved_on_node_a_reaches_a_board_open_on_node_b() {
        nodes.a.getBean(SignIn.class).as(DemoLogins.MANAGER);
        var campaignId = nodes.a.getBean(Campaigns.class).demoCampaignId();
        var cardId = nodes.a.getBean(Cards.class).newCard(campaignId, "Travels between nodes");

        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes(), nodes.b, uiFactory));
        var seenOnB = new CopyOnWriteArrayList<BoardBroadcaster.Signal>();
        nodes.b.getBean(BoardBroadcaster.class).join(campaignId, UI.getCurrent(),
                new BoardBroadcaster.Viewer(-1, "Viewer on B"), seenOnB::add);

        nodes.a.getBean(BoardService.class).moveToStage(cardId, LaneStage.IN_REVIEW);

        await().atMost(Duration.ofSeconds(10)).pollInSameThread().until(() -> {
            MockVaadin.clientRoundtrip(false);
            return seenOnB.stream().anyMatch(s -> s instanceof BoardBroadcaster.CardsChanged changed
                    && Long.valueOf(cardId).equals(changed.cardId()));
        });
        var movedBy = seenOnB.stream().filter(BoardBroadcaster.CardsChanged.class::isInstance)
                .map(s -> ((BoardBroadcaster.CardsChanged) s).actorName()).toList();
        assertThat(movedBy).isNotEmpty().allMatch(name -> !name.isBlank());
        // what the board on B then reads from the shared database shows the card in its new lane
        nodes.b.getBean(SignIn.class).as(DemoLogins.REVIEWER);
        var boardOnB = nodes.b.getBean(BoardService.class);
        var review = boardOnB.board(campaignId).orElseThrow().lanes().stream()
                .filter(l -> l.stage() == LaneStage.IN_REVIEW).findFirst().orElseThrow();
        assertThat(boardOnB.cards(review.id(), PageRequest.of(0, 50)).stream().map(c -> c.id()).toList())
                .contains(cardId);
    }

    @Test
    void a_change_on_node_b_does_not_come_back_to_node_b_twice() {
        nodes.b.getBean(SignIn.class).as(DemoLogins.MANAGER);
        var campaignId = nodes.b.getBean(Campaigns.class).demoCampaignId();
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes(), nodes.b, uiFactory));
        var seenOnB = new CopyOnWriteArrayList<BoardBroadcaster.Signal>();
        nodes.b.getBean(BoardBroadcaster.class).join(campaignId, UI.getCurrent(),
                new BoardBroadcaster.Viewer(-1, "Viewer on B"), seenOnB::add);
        var seenOnA = new CopyOnWriteArrayList<BoardBroadcaster.Signal>();
        nodes.a.getBean(BoardBroadcaster.class).join(campaignId, UI.getCurrent(),
                new BoardBroadcaster.Viewer(-2, "Viewer on A"), seenOnA::add);

        var cardId = nodes.b.getBean(Cards.class).newCard(campaignId, "Made on B");

        await().atMost(Duration.ofSeconds(10)).pollInSameThread().until(() -> {
            MockVaadin.clientRoundtrip(false);
            return changesOf(seenOnA, cardId) == 1;
        });
        MockVaadin.clientRoundtrip(false);
        assertThat(changesOf(seenOnB, cardId)).isEqualTo(1);
    }

    private static long changesOf(List<BoardBroadcaster.Signal> signals, long cardId) {
        return signals.stream().filter(s -> s instanceof BoardBroadcaster.CardsChanged changed
                && Long.valueOf(cardId).equals(changed.cardId())).count();
    }
}
