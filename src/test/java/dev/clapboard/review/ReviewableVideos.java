package dev.clapboard.review;

import dev.clapboard.campaign.BoardService;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.LaneStage;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationStatus;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.support.Cards;
import java.time.Duration;
import java.time.Instant;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Real 4-second videos from the local renderer, on their own new cards of the demo campaign, requested by the
 * signed-in member (a creator or above). Returns once the video is stored and its card is "In review".
 */
@Component
public class ReviewableVideos {

    public static final String PROMPT = "A product designer sketches a dashboard on a whiteboard, warm light";

    private final GenerationService generations;
    private final CampaignService campaigns;
    private final BoardService boards;
    private final Cards cards;

    ReviewableVideos(GenerationService generations, CampaignService campaigns, BoardService boards, Cards cards) {
        this.generations = generations;
        this.campaigns = campaigns;
        this.boards = boards;
        this.cards = cards;
    }

    public long demoCampaignId() {
        return campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
    }

    public GenerationSummary newVideo(String cardTitle) throws InterruptedException {
        var queued = request(cardTitle);
        var deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            var now = generations.find(queued.id()).orElseThrow();
            if (now.status() == GenerationStatus.SUCCEEDED && stage(now.cardId()) == LaneStage.IN_REVIEW) {
                return now;
            }
            if (now.status().isFinal() && now.status() != GenerationStatus.SUCCEEDED) {
                throw new AssertionError("The local renderer did not make the video: " + now.failureReason());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The video was never ready");
    }

    /** {@code count} variants of one request (siblings of one batch), once all are stored. */
    public java.util.List<GenerationSummary> newVariants(String cardTitle, int count) throws InterruptedException {
        var campaignId = demoCampaignId();
        var cardId = cards.newCard(campaignId, cardTitle);
        var queued = generations.request(new GenerationOrder(campaignId, cardId, null, PROMPT, cardTitle, "local",
                "storyboard-1", new VideoSize(640, 360), 4, count, "animated"));
        var deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            var now = queued.stream().map(q -> generations.find(q.id()).orElseThrow()).toList();
            if (now.stream().allMatch(g -> g.status() == GenerationStatus.SUCCEEDED)) {
                return now;
            }
            if (now.stream().anyMatch(g -> g.status().isFinal() && g.status() != GenerationStatus.SUCCEEDED)) {
                throw new AssertionError("The local renderer did not make every variant: " + now);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The variants were never ready");
    }

    /** A finished new version of {@code video} with {@code prompt}, remixed from it. */
    public GenerationSummary remixed(GenerationSummary video, String prompt) throws InterruptedException {
        var queued = generations.remix(video.id(), prompt);
        var deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            var now = generations.find(queued.id()).orElseThrow();
            if (now.status() == GenerationStatus.SUCCEEDED) {
                return now;
            }
            if (now.status().isFinal()) {
                throw new AssertionError("The remix was not made: " + now.failureReason());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The remix was never ready");
    }

    /** Asks for a video and returns at once, while it is still queued. */
    public GenerationSummary request(String cardTitle) {
        var campaignId = demoCampaignId();
        var cardId = cards.newCard(campaignId, cardTitle);
        return generations.request(new GenerationOrder(campaignId, cardId, null, PROMPT, cardTitle, "local",
                "storyboard-1", new VideoSize(640, 360), 4, 1, "animated")).getFirst();
    }

    public LaneStage stage(Long cardId) {
        var card = boards.card(cardId).orElseThrow();
        return boards.board(card.campaignId()).orElseThrow().lanes().stream().filter(l -> l.id() == card.laneId())
                .findFirst().orElseThrow().stage();
    }
}
