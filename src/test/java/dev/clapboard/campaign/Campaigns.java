package dev.clapboard.campaign;

import dev.clapboard.base.Money;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Test data for campaigns and boards in the demo workspace, and the clean-up that puts the demo workspace
 * back to its one demo campaign, so tests sharing a context do not see each other's campaigns.
 */
@Component
public class Campaigns {

    private final CampaignService campaignService;
    private final BoardService boardService;
    private final JdbcTemplate jdbc;

    Campaigns(CampaignService campaignService, BoardService boardService, JdbcTemplate jdbc) {
        this.campaignService = campaignService;
        this.boardService = boardService;
        this.jdbc = jdbc;
    }

    public static CampaignDraft draft(String name) {
        return draft(name, CampaignStatus.PLANNING);
    }

    public static CampaignDraft draft(String name, CampaignStatus status) {
        return new CampaignDraft(name, "Northwind Analytics", "Test objective", List.of("B2B decision makers"),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 20), Money.euros(1_000), Money.euros(20_000), 15, 5,
                status);
    }

    public static CardDraft card(String title) {
        return new CardDraft(title, null, null, null, AspectRatio.WIDE, null, null, null, List.of());
    }

    /** A new campaign with its board, created by the signed-in member (a manager). */
    public Board newBoard(String name) {
        var campaign = campaignService.create(draft(name));
        return boardService.board(campaign.id()).orElseThrow();
    }

    public long demoCampaignId() {
        return campaignService.list(PageRequest.of(0, 50)).stream().filter(c -> c.name().equals(DemoCampaign.NAME))
                .findFirst().orElseThrow().id();
    }

    public List<String> titlesIn(Board.Lane lane) {
        return boardService.cards(lane.id(), PageRequest.of(0, 1000)).stream().map(CardSummary::title).toList();
    }

    /** Removes every campaign of the demo workspace but the demo one, with its board and feed. */
    public void removeTestCampaigns() {
        var others = "select c.id from campaign c join workspace w on w.id = c.workspace_id"
                + " where w.name = 'Northwind Media' and c.name <> ?";
        for (var table : List.of("card", "campaign_activity", "board_lane", "campaign_audience")) {
            jdbc.update("delete from " + table + " where campaign_id in (" + others + ")", DemoCampaign.NAME);
        }
        jdbc.update("delete from campaign where id in (" + others + ")", DemoCampaign.NAME);
    }
}
