package dev.clapboard.prompt.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import dev.clapboard.prompt.PromptSearchHit;
import dev.clapboard.prompt.PromptService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;

/** The workspace's cards whose latest prompt matches the search; a click opens the card's prompt. */
class PromptSearchResults extends Div {

    static final int EXCERPT_LENGTH = 160;

    final Grid<PromptSearchHit> grid = new Grid<>();

    PromptSearchResults(PromptService prompts, Supplier<String> filter) {
        addClassName("prompt-search");
        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
        grid.addColumn(PromptSearchHit::campaignName).setHeader("Campaign").setAutoWidth(true);
        grid.addColumn(PromptSearchHit::cardTitle).setHeader("Card").setAutoWidth(true);
        grid.addColumn(h -> "v" + h.number()).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> excerpt(h.text())).setHeader("Prompt").setFlexGrow(4);
        grid.addColumn(PromptSearchHit::authorName).setHeader("By").setAutoWidth(true);
        grid.addColumn(h -> times.format(h.createdAt())).setHeader("Saved").setAutoWidth(true);
        grid.setItems(query -> prompts.search(filter.get(), toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No prompt matches.");
        grid.addItemClickListener(e -> UI.getCurrent().navigate(PromptEditorView.class,
                PromptEditorView.parameters(e.getItem().campaignId(), e.getItem().cardId())));
        grid.setSizeFull();
        add(grid);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private static String excerpt(String text) {
        var flat = text.replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH) + "…";
    }
}
