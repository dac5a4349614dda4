package dev.clapboard.review.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.review.ReviewService;
import dev.clapboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Videos waiting for the signed-in reviewer's decision, oldest first; creators do not decide, so do not see it. */
@Route("my-reviews")
@PageTitle("My reviews · Clapboard")
@Menu(order = 15, icon = "vaadin:check-square-o", title = "My reviews")
@RolesAllowed(Roles.REVIEWER)
class MyReviewsView extends Main {

    final Grid<GenerationSummary> grid = new Grid<>();

    MyReviewsView(ReviewService reviews) {
        addClassName("list-view");
        grid.addColumn(g -> "Variant " + g.variantIndex() + " · " + g.style()).setHeader("Video").setAutoWidth(true);
        grid.addColumn(GenerationSummary::promptText).setHeader("Prompt").setFlexGrow(1);
        grid.addColumn(g -> g.providerId() + " · " + g.model()).setHeader("Provider").setAutoWidth(true);
        grid.addColumn(g -> waiting(g.requestedAt())).setHeader("Asked for").setAutoWidth(true);
        grid.addComponentColumn(g -> {
            var open = new Button("Review", e -> UI.getCurrent().navigate("review/" + g.id()));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return open;
        }).setKey("review").setHeader("").setAutoWidth(true);
        grid.setItems(query -> reviews.waitingForMe(toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("Nothing waiting for you. Finished videos appear here until you decide on them.");
        grid.setSizeFull();
        add(new H2("My reviews"), grid);
    }

    private static String waiting(Instant at) {
        var days = Duration.between(at, Instant.now()).toDays();
        return days < 1 ? "today" : String.format(Locale.ENGLISH, "%d d ago", days);
    }
}
