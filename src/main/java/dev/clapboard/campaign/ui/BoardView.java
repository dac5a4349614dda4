package dev.clapboard.campaign.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dev.clapboard.campaign.Board;
import dev.clapboard.campaign.BoardService;
import dev.clapboard.campaign.CardMedia;
import dev.clapboard.campaign.CampaignNotFoundException;
import dev.clapboard.campaign.CardMove;
import dev.clapboard.campaign.CardSummary;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's board, live: changes by other members appear within a second (server push), avatars show who
 * else is looking, and a card someone else edits says so. Another workspace's campaign, or an id that is not a
 * number, shows the not-found page. Reviewers see everything and change nothing.
 */
@Route("campaigns/:" + BoardView.CAMPAIGN_ID)
@PermitAll
class BoardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String CAMPAIGN_ID = "campaignId";

    final Div lanesArea = new Div();
    final List<LaneColumn> lanes = new ArrayList<>();
    final AvatarGroup viewers = new AvatarGroup();
    final Span status = new Span();
    final Button activity = new Button("Activity", VaadinIcon.CLOCK.create());

    private final BoardService boardService;
    private final CardMedia cardMedia;
    private final BoardBroadcaster broadcaster;
    private final ClapboardUser user;
    private @Nullable Board board;
    private @Nullable CardSummary dragged;
    private @Nullable ActivityDialog activityDialog;
    private @Nullable Registration presence;
    private Map<Long, String> editorsByCard = Map.of();
    boolean editable;

    BoardView(BoardService boardService, BoardBroadcaster broadcaster, CurrentUser currentUser, CardMedia cardMedia) {
        this.cardMedia = cardMedia;
        this.boardService = boardService;
        this.broadcaster = broadcaster;
        this.user = currentUser.require();
        addClassName("board-view");
        viewers.setMaxItemsVisible(6);
        viewers.getElement().setAttribute("aria-label", "Also looking at this board");
        activity.addClickListener(e -> openActivity());
        lanesArea.addClassName("board-lanes");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = event.getRouteParameters().get(CAMPAIGN_ID).filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> boardService.board(Long.parseLong(id)));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return (board == null ? "Board" : board.campaign().name()) + " · Clapboard";
    }

    private void show(Board shown) {
        leave();
        board = shown;
        var campaign = shown.campaign();
        editable = user.hasRole(Roles.CREATOR) && !campaign.archived();
        status.setText(campaign.archived() ? "Archived · read-only" : campaign.status().label());
        status.getElement().getThemeList().add("badge");
        status.getElement().getThemeList().set("contrast", campaign.archived());
        var title = new H2(campaign.name());
        var header = new Div(title, status, viewers, activity);
        header.addClassName("board-header");
        lanes.clear();
        lanesArea.removeAll();
        shown.lanes().forEach(lane -> lanes.add(new LaneColumn(lane, this, boardService, cardMedia, editable)));
        lanes.forEach(lanesArea::add);
        removeAll();
        add(header, lanesArea);
        if (isAttached()) {
            join(UI.getCurrent());
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (board != null) {
            join(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        leave();
    }

    private void join(UI ui) {
        leave();
        presence = broadcaster.join(campaignId(), ui, new BoardBroadcaster.Viewer(user.accountId(), user.displayName()),
                this::onSignal);
    }

    private void leave() {
        if (presence != null) {
            presence.remove();
            presence = null;
        }
    }

    private void onSignal(BoardBroadcaster.Signal signal) {
        switch (signal) {
            case BoardBroadcaster.CardsChanged changed when changed.cardId() == null -> reloadBoard();
            case BoardBroadcaster.CardsChanged changed -> refreshCards();
            case BoardBroadcaster.PresenceChanged presenceChanged -> {
                var before = editorsByCard;
                editorsByCard = presenceChanged.editorsByCard();
                viewers.setItems(presenceChanged.others().stream()
                        .map(v -> new AvatarGroup.AvatarGroupItem(v.name())).toList());
                // only the cards whose editor changed: re-reading every lane for every viewer on each opened
                // card was the board's main cost with many viewers (bench/load)
                var changed = new java.util.HashSet<>(before.keySet());
                changed.addAll(editorsByCard.keySet());
                changed.removeIf(id -> java.util.Objects.equals(before.get(id), editorsByCard.get(id)));
                if (!changed.isEmpty()) {
                    lanes.forEach(lane -> lane.redraw(changed));
                }
            }
        }
    }

    /** The campaign itself changed (edited, archived, deleted): read it again, header and rights included. */
    private void reloadBoard() {
        boardService.board(campaignId()).ifPresentOrElse(this::show,
                () -> UI.getCurrent().navigate(CampaignsView.class));
    }

    void refreshCards() {
        lanes.forEach(LaneColumn::refresh);
        if (activityDialog != null) {
            activityDialog.refresh();
        }
    }

    long campaignId() {
        if (board == null) {
            throw new IllegalStateException("No board shown");
        }
        return board.campaign().id();
    }

    String editorOf(long cardId) {
        return editorsByCard.getOrDefault(cardId, "");
    }

    void newCard(long laneId) {
        openDialog(new CardDialog(boardService, cardMedia, laneId, null, audiences(), editable, this::refreshCards));
    }

    void openCard(CardSummary card) {
        boardService.card(card.id()).ifPresentOrElse(
                details -> openDialog(new CardDialog(boardService, cardMedia, details.laneId(), details, audiences(), editable,
                        this::refreshCards)),
                () -> {
                    Notification.show("That card was deleted meanwhile.");
                    refreshCards();
                });
    }

    private void openDialog(CardDialog dialog) {
        var ui = UI.getCurrent();
        if (dialog.cardId() != null && editable) {
            broadcaster.editing(campaignId(), ui, dialog.cardId());
            dialog.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    broadcaster.editing(campaignId(), ui, null);
                }
            });
        }
        dialog.open();
    }

    void move(CardSummary card, CardMove move) {
        refused(() -> boardService.moveCard(card.id(), move));
    }

    void dragStarted(CardSummary card) {
        dragged = card;
    }

    void dragEnded() {
        dragged = null;
    }

    /** A card dropped on a lane: above {@code target}, below it, or at the end when there is no target. */
    void dropped(long laneId, @Nullable CardSummary target, boolean below) {
        var card = dragged;
        dragged = null;
        if (card == null || (target != null && target.id() == card.id())) {
            return;
        }
        refused(() -> {
            if (target == null) {
                boardService.moveCard(card.id(), laneId, null);
            } else if (below) {
                boardService.moveCardAfter(card.id(), laneId, target.id());
            } else {
                boardService.moveCard(card.id(), laneId, target.id());
            }
        });
    }

    private void refused(Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException | IllegalStateException | CampaignNotFoundException refused) {
            Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refreshCards();
    }

    private List<String> audiences() {
        return board == null ? List.of() : board.campaign().audiences();
    }

    private void openActivity() {
        var dialog = new ActivityDialog(boardService, campaignId());
        dialog.addOpenedChangeListener(e -> activityDialog = e.isOpened() ? dialog : null);
        dialog.open();
    }
}
