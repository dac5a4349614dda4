package dev.clapboard.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.clapboard.review.AbFigures;
import dev.clapboard.review.Comparison;
import dev.clapboard.review.ComparisonService;
import dev.clapboard.review.ReviewRefusedException;
import dev.clapboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Two to four videos side by side ({@code review/compare?ids=1,2}): one control bar plays, pauses and seeks all
 * of them together (the browser's own players, driven by small scripts), each prompt read against the first,
 * cost, review state and A/B results beside each; reviewers pick a winner. Any id not in this workspace makes the
 * page "not found". Decision: docs/decisions/0008-review-and-approval.md.
 */
@Route("review/compare")
@PageTitle("Compare variants · Clapboard")
@RolesAllowed(Roles.REVIEWER)
class CompareView extends Main implements BeforeEnterObserver {

    static final String IDS = "ids";
    /** Every video of the page, in order; the first leads, the others follow its time. */
    private static final String VIDEOS = "const vs = [...this.querySelectorAll('video.compare-video')];";

    private final ComparisonService comparisons;
    private List<Long> ids = List.of();
    final Div columns = new Div();
    final Span winner = new Span();
    final Button play = new Button("Play all", e -> run("const t = vs[0].currentTime; "
            + "vs.forEach(v => { v.currentTime = t; v.play(); });"));
    final Button pause = new Button("Pause all", e -> run("vs.forEach(v => v.pause()); "
            + "const t = vs[0].currentTime; vs.forEach(v => v.currentTime = t);"));
    final NumberField at = new NumberField("Seek all to (s)");
    final Map<Long, Button> pickButtons = new java.util.LinkedHashMap<>();

    CompareView(ComparisonService comparisons) {
        this.comparisons = comparisons;
        addClassName("compare-view");
        columns.addClassName("compare-columns");
        winner.addClassName("compare-winner");
        at.setMin(0);
        at.setStep(0.001);
        at.setWidth("10rem");
        at.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                seek(e.getValue());
            }
        });
        play.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    static QueryParameters query(List<Long> generationIds) {
        return QueryParameters.of(IDS, generationIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parsed = parse(event.getLocation().getQueryParameters().getSingleParameter(IDS).orElse(""));
        try {
            ids = parsed;
            show(comparisons.compare(parsed));
        } catch (ReviewRefusedException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Every video pauses and moves to {@code seconds}. */
    void seek(double seconds) {
        run("vs.forEach(v => { v.pause(); v.currentTime = $0; });", seconds);
    }

    private void run(String script, Object... parameters) {
        columns.getElement().executeJs(VIDEOS + script, parameters);
    }

    private void show(Comparison comparison) {
        removeAll();
        columns.removeAll();
        pickButtons.clear();
        var first = comparison.videos().getFirst().video();
        at.setMax(comparison.videos().stream().mapToInt(c -> c.video().durationSeconds()).max().orElse(0));
        for (var compared : comparison.videos()) {
            columns.add(column(compared, first.promptText(), compared.video().id() == first.id()));
        }
        var controls = new HorizontalLayout(play, pause, at);
        controls.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        controls.addClassName("compare-controls");
        add(new H2("Compare " + comparison.videos().size() + " variants"), controls, winner, columns);
        showWinner(comparison.winner());
    }

    private Div column(Comparison.Compared compared, String baseline, boolean isBaseline) {
        var video = compared.video();
        var player = new ReviewPlayer.Video("media/" + video.videoMediaId(), "media/" + video.thumbnailMediaId());
        player.getElement().removeAttribute("controls");
        player.addClassName("compare-video");
        if (!isBaseline) {
            player.getElement().setAttribute("muted", true);
            player.getElement().setProperty("muted", true);
        }
        var title = new Anchor("review/" + video.id(), "Variant " + video.variantIndex() + " · #" + video.id());
        var state = new Span(compared.review().state().label());
        state.getElement().getThemeList().add("badge");
        var cost = new Paragraph("Cost: " + video.estimate().format(Locale.getDefault()) + " (estimate)");
        var prompt = isBaseline ? new PromptDiff(baseline, baseline) : new PromptDiff(baseline, video.promptText());
        var pick = new Button("Pick as winner", e -> pick(video.id()));
        pick.addThemeVariants(ButtonVariant.LUMO_SMALL);
        pickButtons.put(video.id(), pick);
        var column = new Div(new H3(title), player, state, cost, figures(compared.figures()),
                new Paragraph(isBaseline ? "Prompt" : "Prompt, against the first"), prompt, pick);
        column.addClassName("compare-column");
        column.getElement().setAttribute("data-generation", String.valueOf(video.id()));
        return column;
    }

    static Paragraph figures(@Nullable AbFigures result) {
        if (result == null) {
            return new Paragraph("A/B results: none yet.");
        }
        var parts = new ArrayList<String>();
        parts.add(String.format(Locale.ENGLISH, "%,d impressions", result.impressions()));
        if (result.clickThroughRate() != null) {
            parts.add("CTR " + percent(result.clickThroughRate()));
        }
        if (result.conversionRate() != null) {
            parts.add("conversion " + percent(result.conversionRate()));
        }
        if (result.liftPercent() != null) {
            parts.add("lift " + result.liftPercent().stripTrailingZeros().toPlainString() + " %");
        }
        return new Paragraph("A/B results (" + result.source() + "): " + String.join(" · ", parts));
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString() + " %";
    }

    private void pick(long generationId) {
        showWinner(comparisons.pickWinner(ids, generationId).winner());
    }

    private void showWinner(Comparison.@Nullable Winner picked) {
        winner.setText(picked == null ? "No winner picked yet."
                : "Winner: #" + picked.generationId() + ", picked by " + picked.pickedBy() + ".");
        columns.getChildren().forEach(c -> c.getElement().getClassList().set("winner", picked != null
                && c.getElement().getAttribute("data-generation").equals(String.valueOf(picked.generationId()))));
    }

    private static List<Long> parse(String value) {
        var out = new ArrayList<Long>();
        for (var part : value.split(",")) {
            try {
                out.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        return out;
    }
}
