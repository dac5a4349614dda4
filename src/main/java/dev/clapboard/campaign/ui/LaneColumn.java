package dev.clapboard.campaign.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import dev.clapboard.campaign.Board;
import dev.clapboard.campaign.BoardService;
import dev.clapboard.campaign.CardMedia;
import dev.clapboard.campaign.CardVideo;
import dev.clapboard.campaign.CardMove;
import dev.clapboard.campaign.CardSummary;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.function.Function;

/**
 * One lane of a board. Its cards come a page at a time from the database and render client-side from one
 * light template, so a lane of hundreds of cards never builds a server-side component per card. Rows drag
 * between and within lanes; the buttons on each card are the keyboard alternative.
 */
class LaneColumn extends Div {

    private static final String CARD_TEMPLATE = """
            <div class="board-card">
              <div class="board-card-title">${item.title}</div>
              <div class="board-card-meta">${item.meta}</div>
              <div class="board-card-labels" ?hidden=${!item.labels}>${item.labels}</div>
              <div class="board-card-editing" ?hidden=${!item.editing}>editing: ${item.editing}</div>
              <div class="board-card-video" ?hidden=${!item.video}>${item.video}</div>
              <div class="board-card-actions">
                <button @click=${open} aria-label="Open ${item.title}">Open</button>
                <span ?hidden=${!item.editable}>
                  <button @click=${up} aria-label="Move ${item.title} up" title="Move up">↑</button>
                  <button @click=${down} aria-label="Move ${item.title} down" title="Move down">↓</button>
                  <button @click=${left} aria-label="Move ${item.title} to the lane on the left" title="Move left">←</button>
                  <button @click=${right} aria-label="Move ${item.title} to the lane on the right" title="Move right">→</button>
                </span>
              </div>
            </div>""";

    final Board.Lane lane;
    final Grid<CardSummary> grid = new Grid<>();
    final Span count = new Span();
    final Button add = new Button(VaadinIcon.PLUS.create());
    private final java.util.Map<Long, CardVideo> videos = new java.util.HashMap<>();
    /** The cards this lane has fetched since its last refresh, so one card's row can be redrawn alone. */
    private final java.util.Map<Long, CardSummary> fetched = new java.util.HashMap<>();

    private final BoardService boardService;

    LaneColumn(Board.Lane lane, BoardView board, BoardService boardService, CardMedia cardMedia, boolean editable) {
        this.lane = lane;
        this.boardService = boardService;
        addClassName("board-lane");
        var name = new H3(lane.name());
        count.addClassName("board-lane-count");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        add.setAriaLabel("Add a card to " + lane.name());
        add.setTooltipText("Add a card");
        add.addClickListener(e -> board.newCard(lane.id()));
        add.setVisible(editable);
        var header = new Div(name, count, add);
        header.addClassName("board-lane-header");

        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
        grid.addColumn(LitRenderer.<CardSummary>of(CARD_TEMPLATE)
                .withProperty("title", CardSummary::title)
                .withProperty("meta", c -> meta(c, dates::format))
                .withProperty("labels", c -> String.join(" · ", c.labels()))
                .withProperty("editing", c -> board.editorOf(c.id()))
                .withProperty("video", c -> videos.containsKey(c.id()) ? videos.get(c.id()).state() : "")
                .withProperty("editable", c -> editable)
                .withFunction("open", board::openCard)
                .withFunction("up", c -> board.move(c, CardMove.UP))
                .withFunction("down", c -> board.move(c, CardMove.DOWN))
                .withFunction("left", c -> board.move(c, CardMove.LEFT))
                .withFunction("right", c -> board.move(c, CardMove.RIGHT)));
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS);
        grid.setAllRowsVisible(false);
        grid.setItems(query -> {
            var page = boardService.cards(lane.id(), toSpringPageRequest(query));
            // one query per page for the cards' video states, not one per card
            videos.putAll(cardMedia.latestFor(page.stream().map(CardSummary::id).toList()));
            page.forEach(card -> fetched.put(card.id(), card));
            return page.stream();
        }, query -> boardService.countCards(lane.id()));
        grid.setEmptyStateText("No cards");
        grid.getElement().setAttribute("aria-label", lane.name() + " lane");
        grid.addItemDoubleClickListener(e -> board.openCard(e.getItem()));
        if (editable) {
            grid.setRowsDraggable(true);
            grid.setDropMode(GridDropMode.BETWEEN);
            grid.addDragStartListener(e -> board.dragStarted(e.getDraggedItems().getFirst()));
            grid.addDragEndListener(e -> board.dragEnded());
            grid.addDropListener(e -> board.dropped(lane.id(), e.getDropTargetItem().orElse(null),
                    e.getDropLocation() == GridDropLocation.BELOW));
        }
        add(header, grid);
        updateCount();
    }

    /** Redraws the rows of these cards (who edits them changed) without reading the lane again. */
    void redraw(java.util.Set<Long> cardIds) {
        cardIds.stream().map(fetched::get).filter(java.util.Objects::nonNull)
                .forEach(card -> grid.getDataProvider().refreshItem(card));
    }

    void refresh() {
        videos.clear();
        fetched.clear();
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(String.valueOf(boardService.countCards(lane.id())));
    }

    private static String meta(CardSummary card, Function<java.time.LocalDate, String> dateFormat) {
        var parts = new ArrayList<String>();
        parts.add(card.aspectRatio().label());
        if (card.durationSeconds() != null) {
            parts.add(card.durationSeconds() + " s");
        }
        if (card.style() != null) {
            parts.add(card.style());
        }
        if (card.assigneeName() != null) {
            parts.add(card.assigneeName());
        }
        if (card.dueDate() != null) {
            parts.add("due " + dateFormat.apply(card.dueDate()));
        }
        return String.join(" · ", parts);
    }
}
