package dev.clapboard.campaign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.clapboard.campaign.BoardService;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** A card shows its latest video: state on the board, player in the card. */
class CardVideoTest extends KaribuTest {

    @Autowired
    GenerationService generations;
    @Autowired
    CampaignService campaigns;
    @Autowired
    BoardService boards;

    @Test
    void an_opened_card_plays_its_latest_video() throws Exception {
        signIn(DemoLogins.CREATOR);
        var board = boards.board(campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id()).orElseThrow();
        var card = board.lanes().stream().flatMap(l -> boards.cards(l.id(), PageRequest.of(0, 20)).stream())
                .findFirst().orElseThrow();
        var id = generations.request(new GenerationOrder(board.campaign().id(), card.id(), null, card.title(),
                card.title(), "local", "storyboard-1", new VideoSize(640, 360), 4, 1, "cinematic")).getFirst().id();
        var deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!generations.find(id).orElseThrow().status().isFinal() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        var videoId = generations.find(id).orElseThrow().videoMediaId();

        UI.getCurrent().navigate("campaigns/" + board.campaign().id());
        _get(BoardView.class).openCard(boards.cards(boards.card(card.id()).orElseThrow().laneId(),
                PageRequest.of(0, 50)).stream().filter(c -> c.id() == card.id()).findFirst().orElseThrow());

        var dialog = _get(CardDialog.class);
        var player = dialog.getElement().getChildren().flatMap(e -> e.getChildren())
                .filter(e -> "video".equals(e.getTag())).findFirst();
        assertThat(player).isPresent();
        assertThat(player.get().getAttribute("src")).isEqualTo("media/" + videoId);
    }
}
