package dev.clapboard.api.web;

import dev.clapboard.campaign.AspectRatio;
import dev.clapboard.campaign.Board;
import dev.clapboard.campaign.BoardService;
import dev.clapboard.campaign.CardDetails;
import dev.clapboard.campaign.CardDraft;
import dev.clapboard.campaign.CardSummary;
import dev.clapboard.campaign.LaneStage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Cards on a campaign's board: list (lane by lane, in board order), create, move to another lane. */
@RestController
@Tag(name = "Cards")
class CardsApi {

    /** A card in its lane. */
    record ApiCard(long id, long laneId, String lane, LaneStage stage, String title, @Nullable String style,
            AspectRatio aspectRatio, @Nullable Integer durationSeconds, @Nullable LocalDate dueDate,
            List<String> labels) {
    }

    /** A new card; it goes to the end of the lane for {@code stage} (the first lane when absent). */
    record NewCard(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 4000) String brief,
            @Nullable @Size(max = 200) String targetAudience, @Nullable @Size(max = 80) String style,
            @Nullable AspectRatio aspectRatio, @Nullable @Positive Integer durationSeconds,
            @Nullable LocalDate dueDate, @Nullable @Size(max = 20) List<String> labels, @Nullable LaneStage stage) {
    }

    /** Where a card goes: the end of the lane for {@code stage}. */
    record CardMoveBody(@jakarta.validation.constraints.NotNull LaneStage stage) {
    }

    private final BoardService boards;
    private final Cursors cursors;

    CardsApi(BoardService boards, Cursors cursors) {
        this.boards = boards;
        this.cursors = cursors;
    }

    @GetMapping(path = "/api/v1/campaigns/{campaignId}/cards", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(CampaignsApi.READ)
    @Operation(summary = "A campaign's cards, lane by lane in board order")
    ApiPage<ApiCard> list(@PathVariable long campaignId, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        var board = board(campaignId);
        var listKey = "cards:" + campaignId;
        var at = cursors.read(listKey, cursor, limit);
        var items = new ArrayList<ApiCard>();
        var lanes = board.lanes();
        int part = at.part();
        int page = at.page();
        while (part < lanes.size() && items.isEmpty()) {
            var lane = lanes.get(part);
            boards.cards(lane.id(), PageRequest.of(page, at.size())).forEach(c -> items.add(card(lane, c)));
            if ((long) (page + 1) * at.size() < boards.countCards(lane.id())) {
                return new ApiPage<>(items, cursors.next(listKey, new Cursors.Position(part, page + 1, at.size())));
            }
            part++;
            page = 0;
        }
        return new ApiPage<>(items, part < lanes.size()
                ? cursors.next(listKey, new Cursors.Position(part, 0, at.size())) : null);
    }

    @PostMapping(path = "/api/v1/campaigns/{campaignId}/cards", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(CampaignsApi.WRITE)
    @Operation(summary = "Add a card to a campaign's board")
    CardDetails create(@PathVariable long campaignId, @Valid @RequestBody NewCard body) {
        var lanes = board(campaignId).lanes();
        var lane = body.stage() == null ? lanes.getFirst() : lanes.stream().filter(l -> l.stage() == body.stage())
                .findFirst().orElseThrow(() -> new ApiErrors.FieldException("stage", "This board has no such lane."));
        return boards.createCard(lane.id(), new CardDraft(body.title(), body.brief(), body.targetAudience(),
                body.style(), Objects.requireNonNullElse(body.aspectRatio(), AspectRatio.WIDE), body.durationSeconds(),
                null, body.dueDate(), Objects.requireNonNullElse(body.labels(), List.of())));
    }

    @PostMapping(path = "/api/v1/cards/{cardId}/move", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(CampaignsApi.WRITE)
    @Operation(summary = "Move a card to the end of another lane")
    CardDetails move(@PathVariable long cardId, @Valid @RequestBody CardMoveBody body) {
        var card = boards.card(cardId).orElseThrow(() -> new ApiErrors.NotFoundException("Card " + cardId));
        var lanes = board(card.campaignId()).lanes();
        if (lanes.stream().noneMatch(l -> l.stage() == body.stage())) {
            throw new ApiErrors.FieldException("stage", "This board has no such lane.");
        }
        boards.moveToStage(cardId, body.stage());
        return boards.card(cardId).orElseThrow();
    }

    private Board board(long campaignId) {
        return boards.board(campaignId).orElseThrow(() -> new ApiErrors.NotFoundException("Campaign " + campaignId));
    }

    private static ApiCard card(Board.Lane lane, CardSummary c) {
        return new ApiCard(c.id(), lane.id(), lane.name(), lane.stage(), c.title(), c.style(), c.aspectRatio(),
                c.durationSeconds(), c.dueDate(), c.labels());
    }
}
