package dev.clapboard.generation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.clapboard.generation.GenerationStatus;
import dev.clapboard.generation.GenerationSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The generations grid's columns: thumbnail, status with progress, settings, cost, who and when, actions. */
final class GenerationColumns {

    private final Consumer<GenerationSummary> play;
    private final @Nullable Consumer<GenerationSummary> cancel;
    private final @Nullable Consumer<GenerationSummary> retry;

    GenerationColumns(Consumer<GenerationSummary> play, @Nullable Consumer<GenerationSummary> cancel,
            @Nullable Consumer<GenerationSummary> retry) {
        this.play = play;
        this.cancel = cancel;
        this.retry = retry;
    }

    void addTo(Grid<GenerationsView.GenerationRow> grid) {
        grid.addColumn(new ComponentRenderer<>(row -> thumbnail(row.generation()))).setHeader("").setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(GenerationColumns::status)).setHeader("Status").setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(row -> row.generation().providerId() + " · " + row.generation().model()).setHeader("Provider")
                .setAutoWidth(true);
        grid.addColumn(row -> row.generation().size() + " · " + row.generation().durationSeconds() + " s · "
                + row.generation().style()).setHeader("Settings").setAutoWidth(true);
        grid.addColumn(row -> lineage(row.generation())).setHeader("Made from").setAutoWidth(true);
        grid.addColumn(row -> row.generation().estimate().format(Locale.getDefault())).setHeader("Cost");
        grid.addColumn(GenerationsView.GenerationRow::requester).setHeader("Requested by");
        grid.addColumn(row -> age(row.generation().requestedAt())).setHeader("Age");
        grid.addColumn(new ComponentRenderer<>(row -> actions(row.generation()))).setHeader("").setAutoWidth(true)
                .setFrozenToEnd(true);
    }

    /** Where a video came from: a remix of an earlier output, a retry of a failed one, or a new request. */
    static String lineage(GenerationSummary g) {
        if (g.remixedFromId() != null) {
            return "Remix of #" + g.remixedFromId();
        }
        if (g.retryOfId() != null) {
            return "Retry of #" + g.retryOfId();
        }
        return "";
    }

    private static com.vaadin.flow.component.Component thumbnail(GenerationSummary g) {
        if (g.thumbnailMediaId() == null) {
            var none = new Span("—");
            none.addClassName("generation-thumb-empty");
            return none;
        }
        var image = new Image("media/" + g.thumbnailMediaId(), "Thumbnail of variant " + g.variantIndex());
        image.addClassName("generation-thumb");
        return image;
    }

    static com.vaadin.flow.component.Component status(GenerationsView.GenerationRow row) {
        var g = row.generation();
        var label = new Span(g.status() == GenerationStatus.RUNNING ? "Running " + g.progressPercent() + " %"
                : g.status().label());
        label.addClassName("generation-status");
        label.addClassName("status-" + g.status().name().toLowerCase(Locale.ROOT));
        if ((g.status() == GenerationStatus.FAILED || g.status() == GenerationStatus.FAILED_ARCHIVE)
                && g.failureReason() != null) {
            label.setTitle(g.failureReason());
        }
        var cell = new com.vaadin.flow.component.html.Div(label);
        if (!g.status().isFinal()) {
            var bar = new ProgressBar(0, 100, g.progressPercent());
            bar.setIndeterminate(g.status() == GenerationStatus.QUEUED);
            cell.add(bar);
        }
        if (row.flag() != null) {
            cell.add(flag(row.flag()));
        }
        return cell;
    }

    /** The marker of a flagged video; the reason (who withdrew which consent) shows on hover. */
    static Span flag(String reason) {
        var marker = new Span(reason.startsWith("Consent revoked") ? "Consent revoked" : "Flagged");
        marker.getElement().getThemeList().add("badge error small");
        marker.addClassName("generation-flag");
        marker.setTitle(reason);
        return marker;
    }

    private com.vaadin.flow.component.Component actions(GenerationSummary g) {
        var buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (g.videoMediaId() != null) {
            buttons.add(small("Play", () -> play.accept(g)));
        }
        if (g.status() == GenerationStatus.SUCCEEDED) {
            // the review feature builds on this one, so it is linked by its URL
            buttons.add(small("Review", () -> com.vaadin.flow.component.UI.getCurrent().navigate("review/" + g.id())));
        }
        if (cancel != null && !g.status().isFinal()) {
            buttons.add(small("Cancel", () -> cancel.accept(g)));
        }
        if (retry != null && g.status() == GenerationStatus.FAILED) {
            buttons.add(small("Retry", () -> retry.accept(g)));
        }
        return buttons;
    }

    private static Button small(String text, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    static String age(Instant at) {
        var d = Duration.between(at, Instant.now());
        if (d.toMinutes() < 1) {
            return "just now";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min ago";
        }
        if (d.toDays() < 1) {
            return d.toHours() + " h ago";
        }
        return d.toDays() + " d ago";
    }
}
