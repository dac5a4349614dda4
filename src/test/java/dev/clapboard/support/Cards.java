package dev.clapboard.support;

import dev.clapboard.campaign.AspectRatio;
import dev.clapboard.campaign.BoardService;
import dev.clapboard.campaign.CardDraft;
import java.util.List;
import org.springframework.stereotype.Component;

/** New cards on a campaign's first lane, created by the signed-in member (a creator or above). */
@Component
public class Cards {

    private final BoardService boards;

    Cards(BoardService boards) {
        this.boards = boards;
    }

    public long newCard(long campaignId, String title) {
        var firstLane = boards.board(campaignId).orElseThrow().lanes().getFirst();
        return boards.createCard(firstLane.id(), new CardDraft(title, null, null, null, AspectRatio.WIDE, null, null,
                null, List.of())).id();
    }
}
