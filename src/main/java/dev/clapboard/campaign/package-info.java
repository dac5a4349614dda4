/**
 * Campaigns with their budget and traditional-production baseline, and their live boards: lanes, cards and
 * the activity feed. Others use {@link dev.clapboard.campaign.CampaignService},
 * {@link dev.clapboard.campaign.BoardService} and the {@link dev.clapboard.campaign.BoardChanged} event.
 */
@NullMarked
package dev.clapboard.campaign;

import org.jspecify.annotations.NullMarked;
