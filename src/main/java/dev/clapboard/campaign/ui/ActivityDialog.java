package dev.clapboard.campaign.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import dev.clapboard.campaign.ActivityEntry;
import dev.clapboard.campaign.BoardService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Who did what on a campaign, and when, newest first, paged from the database as it scrolls. */
class ActivityDialog extends Dialog {

    final Grid<ActivityEntry> grid = new Grid<>();

    ActivityDialog(BoardService boardService, long campaignId) {
        setHeaderTitle("Activity");
        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withZone(ZoneId.systemDefault());
        grid.addColumn(a -> times.format(a.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ActivityEntry::actorName).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ActivityEntry::summary).setHeader("What");
        grid.setItems(query -> boardService.activity(campaignId, toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("Nothing has happened yet.");
        grid.setHeight("60vh");
        add(grid);
        getFooter().add(new Button("Close", e -> close()));
        setWidth("min(56rem, 100vw)");
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
