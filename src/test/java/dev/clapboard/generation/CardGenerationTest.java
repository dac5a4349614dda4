package dev.clapboard.generation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.campaign.BoardService;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CardSummary;
import dev.clapboard.campaign.LaneStage;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** A card's videos: asked for from the card, and the card follows them across the board. */
@ClapboardTest
class CardGenerationTest {

    @Autowired
    GenerationService generations;
    @Autowired
    CampaignService campaigns;
    @Autowired
    BoardService boards;
    @Autowired
    SignIn signIn;
    @Autowired
    dev.clapboard.campaign.CardMedia cardMedia;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_card_moves_to_generating_and_then_to_in_review_when_its_video_is_ready() throws Exception {
        signIn.as(DemoLogins.CREATOR);
        var board = boards.board(campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id()).orElseThrow();
        var ideas = board.lanes().stream().filter(l -> l.stage() == LaneStage.IDEAS).findFirst().orElseThrow();
        var card = boards.cards(ideas.id(), PageRequest.of(0, 1)).getFirst();

        var id = generations.request(new GenerationOrder(board.campaign().id(), card.id(), null, card.title(),
                card.title(), "local", "storyboard-1", new VideoSize(640, 360), 4, 1, "animated")).getFirst().id();

        awaitLane(card, board, LaneStage.IN_REVIEW);
        var done = generations.find(id).orElseThrow();
        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(cardMedia.latestFor(java.util.List.of(card.id()))).hasEntrySatisfying(card.id(), video -> {
            assertThat(video.state()).isEqualTo("Video ready");
            assertThat(video.videoUrl()).isEqualTo("media/" + done.videoMediaId());
        });
        assertThat(boards.activity(board.campaign().id(), PageRequest.of(0, 10)).getContent())
                .anySatisfy(a -> assertThat(a.toString()).contains("Generating"));
    }

    private void awaitLane(CardSummary card, dev.clapboard.campaign.Board board, LaneStage stage)
            throws InterruptedException {
        var lane = board.lanes().stream().filter(l -> l.stage() == stage).findFirst().orElseThrow();
        var deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (boards.card(card.id()).orElseThrow().laneId() == lane.id()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Card never reached " + stage);
    }
}
