package dev.clapboard.campaign;

import java.util.List;

/** A campaign's board: the campaign and its lanes in order. Cards are read a page at a time per lane. */
public record Board(CampaignSummary campaign, List<Lane> lanes) {

    public record Lane(long id, String name, LaneStage stage) {
    }
}
