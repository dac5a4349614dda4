package dev.clapboard.campaign;

import dev.clapboard.campaign.domain.BoardLane;
import dev.clapboard.campaign.domain.BoardLaneRepository;
import dev.clapboard.campaign.domain.CampaignActivityRepository;
import dev.clapboard.campaign.domain.CampaignRepository;
import dev.clapboard.campaign.domain.Card;
import dev.clapboard.campaign.domain.CardRepository;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.workspace.Member;
import dev.clapboard.workspace.WorkspaceService;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Boards, lanes and cards of the current workspace's campaigns. Every member reads; creators and above
 * create, edit, move and delete cards. Every change writes a line to the campaign's activity feed and, after
 * the commit, a {@link BoardChanged} event that refreshes the open boards of the campaign.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class BoardService {

    /** Space left between neighbouring cards' sort keys, so most moves rewrite only the moved card. */
    static final long GAP = 1024;

    private final CampaignService campaignService;
    private final CampaignRepository campaigns;
    private final BoardLaneRepository lanes;
    private final CardRepository cards;
    private final CampaignActivityRepository activities;
    private final ActivityLog activityLog;
    private final WorkspaceService workspaceService;
    private final CurrentUser currentUser;
    private final Clock clock;

    BoardService(CampaignService campaignService, CampaignRepository campaigns, BoardLaneRepository lanes,
            CardRepository cards, CampaignActivityRepository activities, ActivityLog activityLog,
            WorkspaceService workspaceService, CurrentUser currentUser, Clock clock) {
        this.campaignService = campaignService;
        this.campaigns = campaigns;
        this.lanes = lanes;
        this.cards = cards;
        this.activities = activities;
        this.activityLog = activityLog;
        this.workspaceService = workspaceService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The board of a campaign of this workspace; empty for anything else. */
    public Optional<Board> board(long campaignId) {
        return campaignService.find(campaignId).map(campaign -> new Board(campaign,
                lanes.findByCampaignIdOrderBySortOrder(campaignId).stream()
                        .map(l -> new Board.Lane(l.getId(), l.getName(), l.getStage())).toList()));
    }

    /** One page of a lane's cards, in board order. */
    public List<CardSummary> cards(long laneId, Pageable pageable) {
        var page = cards.findByLaneIdOrderBySortKeyAscIdAsc(laneId, pageable);
        Set<Long> assignees = page.stream().map(Card::getAssigneeAccountId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var members = workspaceService.membersById(assignees);
        return page.stream().map(c -> new CardSummary(c.getId(), c.getLaneId(), c.getTitle(),
                c.getAssigneeAccountId() == null ? null : Optional.ofNullable(members.get(c.getAssigneeAccountId()))
                        .map(Member::displayName).orElse("Former member"),
                c.getDueDate(), c.getLabels(), c.getAspectRatio(), c.getStyle(), c.getDurationSeconds(),
                c.getVersion())).toList();
    }

    public int countCards(long laneId) {
        return Math.toIntExact(cards.countByLaneId(laneId));
    }

    public Optional<CardDetails> card(long cardId) {
        return cards.findById(cardId).map(BoardService::details);
    }

    /** Who a card can be assigned to: the workspace's members, by name. */
    public List<Member> assignableMembers() {
        return workspaceService.allMembers();
    }

    /** The campaign's activity feed, newest first. */
    public Page<ActivityEntry> activity(long campaignId, Pageable pageable) {
        return activities.findByCampaignIdOrderByOccurredAtDescIdDesc(campaignId, pageable)
                .map(a -> new ActivityEntry(a.getOccurredAt(), a.getActorName(), a.getSummary()));
    }

    /** Adds a card at the end of {@code laneId}. */
    @Transactional
    @PreAuthorize("hasRole('CREATOR')")
    public CardDetails createCard(long laneId, CardDraft draft) {
        CardRules.check(draft);
        checkAssignee(draft.assigneeAccountId());
        var lane = writableLane(laneId);
        var key = cards.lastSortKeyIn(laneId).map(last -> last + GAP).orElse(GAP);
        var card = new Card(lane.getCampaignId(), laneId, key, draft.title().strip(), clock.instant(), actorName());
        apply(card, draft);
        cards.saveAndFlush(card);
        activityLog.record(lane.getCampaignId(), "CARD_CREATED",
                "created “" + card.getTitle() + "” in " + lane.getName(), card.getId());
        return details(card);
    }

    /**
     * Saves the form over the card if nobody changed it since {@code expectedVersion} was read; otherwise
     * refuses with {@link CardChangedException} naming who did, and writes nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('CREATOR')")
    public CardDetails updateCard(long cardId, long expectedVersion, CardDraft draft) {
        CardRules.check(draft);
        var card = writableCard(cardId);
        if (card.getVersion() != expectedVersion) {
            throw new CardChangedException(card.getUpdatedByName(), card.getUpdatedAt());
        }
        checkAssignee(draft.assigneeAccountId());
        var assigneeBefore = card.getAssigneeAccountId();
        apply(card, draft);
        card.touch(clock.instant(), actorName());
        try {
            cards.saveAndFlush(card);
        } catch (OptimisticLockingFailureException race) {
            // someone saved between our read and our write: same answer, without a name to give
            throw new CardChangedException("another member", clock.instant());
        }
        var assignee = card.getAssigneeAccountId();
        if (!Objects.equals(assigneeBefore, assignee)) {
            var name = assignee == null ? "nobody"
                    : workspaceService.membersById(Set.of(assignee)).get(assignee).displayName();
            activityLog.record(card.getCampaignId(), "CARD_ASSIGNED",
                    "assigned “" + card.getTitle() + "” to " + name, cardId);
        } else {
            activityLog.record(card.getCampaignId(), "CARD_EDITED", "edited “" + card.getTitle() + "”", cardId);
        }
        return details(card);
    }

    /**
     * Moves a card into {@code laneId} of the same campaign, just before {@code beforeCardId} (a card of that
     * lane), or to the lane's end when it is null. A lane or card of another campaign is refused.
     */
    @Transactional
    @PreAuthorize("hasRole('CREATOR')")
    public void moveCard(long cardId, long laneId, @Nullable Long beforeCardId) {
        var card = writableCard(cardId);
        var from = lanes.findById(card.getLaneId()).orElseThrow(() -> new CampaignNotFoundException(card.getLaneId()));
        var to = lanes.findById(laneId).orElseThrow(() -> new CampaignNotFoundException(laneId));
        if (to.getCampaignId() != card.getCampaignId()) {
            throw new IllegalArgumentException("A card can only move between the lanes of its own campaign's board.");
        }
        if (beforeCardId != null && beforeCardId == cardId) {
            return;
        }
        long key;
        if (beforeCardId == null) {
            key = cards.lastSortKeyIn(laneId).map(last -> last + GAP).orElse(GAP);
        } else {
            var anchor = cards.findById(beforeCardId).filter(a -> a.getLaneId() == laneId)
                    .orElseThrow(() -> new IllegalArgumentException("That card is not in the lane it was dropped on."));
            key = keyBefore(anchor, cardId);
        }
        card.placeIn(laneId, key);
        card.touch(clock.instant(), actorName());
        cards.saveAndFlush(card);
        activityLog.record(card.getCampaignId(), "CARD_MOVED", from.getId() == to.getId()
                ? "moved “" + card.getTitle() + "” within " + to.getName()
                : "moved “" + card.getTitle() + "” from " + from.getName() + " to " + to.getName(), cardId);
    }

    /**
     * Moves a card to the end of its board's lane for {@code stage}, unless it is there already; for work that
     * follows a card's progress (a generation started, a video approved).
     */
    @Transactional
    @PreAuthorize("hasRole('CREATOR')")
    public void moveToStage(long cardId, LaneStage stage) {
        var card = writableCard(cardId);
        var lane = lanes.findByCampaignIdOrderBySortOrder(card.getCampaignId()).stream()
                .filter(l -> l.getStage() == stage).findFirst();
        if (lane.isPresent() && lane.get().getId() != card.getLaneId()) {
            moveCard(cardId, lane.get().getId(), null);
        }
    }

    /** Moves a card into {@code laneId} just after {@code afterCardId}, as a drop below that card does. */
    @Transactional
    @PreAuthorize("hasRole('CREATOR')")
    public void moveCardAfter(long cardId, long laneId, long afterCardId) {
        var anchor = cards.findById(afterCardId).filter(a -> a.getLaneId() == laneId)
                .orElseThrow(() -> new IllegalArgumentException("That card is not in the lane it was dropped on."));
        moveCard(cardId, laneId, cards.findFirstByLaneIdAndSortKeyGreaterThanAndIdNotOrderBySortKeyAscIdAsc(laneId,
                anchor.getSortKey(), cardId).map(Card::getId).orElse(null));
    }

    /** The keyboard alternative to drag and drop: one step up, down, left or right. */
    @Transactional
    @PreAuthorize("hasRole('CREATOR')")
    public void moveCard(long cardId, CardMove move) {
        var card = writableCard(cardId);
        switch (move) {
            case UP -> cards.findFirstByLaneIdAndSortKeyLessThanAndIdNotOrderBySortKeyDescIdDesc(card.getLaneId(),
                    card.getSortKey(), cardId).ifPresent(previous -> moveCard(cardId, card.getLaneId(), previous.getId()));
            case DOWN -> cards.findFirstByLaneIdAndSortKeyGreaterThanAndIdNotOrderBySortKeyAscIdAsc(card.getLaneId(),
                    card.getSortKey(), cardId).ifPresent(next -> moveCard(cardId, card.getLaneId(),
                    cards.findFirstByLaneIdAndSortKeyGreaterThanAndIdNotOrderBySortKeyAscIdAsc(card.getLaneId(),
                            next.getSortKey(), cardId).map(Card::getId).orElse(null)));
            case LEFT, RIGHT -> {
                var board = lanes.findByCampaignIdOrderBySortOrder(card.getCampaignId());
                var index = board.stream().map(BoardLane::getId).toList().indexOf(card.getLaneId());
                var target = index + (move == CardMove.LEFT ? -1 : 1);
                if (target >= 0 && target < board.size()) {
                    moveCard(cardId, board.get(target).getId(), null);
                }
            }
        }
    }

    @Transactional
    @PreAuthorize("hasRole('CREATOR')")
    public void deleteCard(long cardId) {
        var card = writableCard(cardId);
        cards.delete(card);
        activityLog.record(card.getCampaignId(), "CARD_DELETED", "deleted “" + card.getTitle() + "”", cardId);
    }

    /** A key between the anchor and the card before it; renumbers the lane when there is no room left. */
    private long keyBefore(Card anchor, long movingId) {
        var previous = cards.findFirstByLaneIdAndSortKeyLessThanAndIdNotOrderBySortKeyDescIdDesc(anchor.getLaneId(),
                anchor.getSortKey(), movingId);
        if (previous.isEmpty()) {
            return anchor.getSortKey() - GAP;
        }
        var room = anchor.getSortKey() - previous.get().getSortKey();
        if (room > 1) {
            return previous.get().getSortKey() + room / 2;
        }
        var lane = cards.findByLaneIdOrderBySortKeyAscIdAsc(anchor.getLaneId());
        for (int i = 0; i < lane.size(); i++) {
            lane.get(i).placeIn(anchor.getLaneId(), (i + 1) * GAP * 2);
        }
        cards.flush();
        return anchor.getSortKey() - GAP;
    }

    private BoardLane writableLane(long laneId) {
        var lane = lanes.findById(laneId).orElseThrow(() -> new CampaignNotFoundException(laneId));
        requireNotArchived(lane.getCampaignId());
        return lane;
    }

    private Card writableCard(long cardId) {
        var card = cards.findById(cardId).orElseThrow(() -> new CampaignNotFoundException(cardId));
        requireNotArchived(card.getCampaignId());
        return card;
    }

    private void requireNotArchived(long campaignId) {
        var campaign = campaigns.findById(campaignId).orElseThrow(() -> new CampaignNotFoundException(campaignId));
        if (campaign.isArchived()) {
            throw new IllegalStateException("“" + campaign.getName() + "” is archived; its board is read-only.");
        }
    }

    private void checkAssignee(@Nullable Long accountId) {
        if (accountId != null && workspaceService.membersById(Set.of(accountId)).isEmpty()) {
            throw new IllegalArgumentException("The assignee must be a member of this workspace.");
        }
    }

    private String actorName() {
        return currentUser.require().displayName();
    }

    private static void apply(Card card, CardDraft draft) {
        card.revise(draft.title().strip(), blankToNull(draft.brief()), blankToNull(draft.targetAudience()),
                blankToNull(draft.style()), draft.aspectRatio(), draft.durationSeconds(), draft.assigneeAccountId(),
                draft.dueDate(), draft.labels().stream().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static CardDetails details(Card card) {
        return new CardDetails(card.getId(), card.getCampaignId(), card.getLaneId(), card.getVersion(),
                new CardDraft(card.getTitle(), card.getBrief(), card.getTargetAudience(), card.getStyle(),
                        card.getAspectRatio(), card.getDurationSeconds(), card.getAssigneeAccountId(),
                        card.getDueDate(), card.getLabels()), card.getUpdatedByName(), card.getUpdatedAt());
    }
}
