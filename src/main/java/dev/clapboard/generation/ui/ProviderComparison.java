package dev.clapboard.generation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationRefusedException;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.ProviderChoice;
import dev.clapboard.generation.provider.ProviderException;
import dev.clapboard.generation.ProviderChoice.ModelChoice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Every provider of the workspace side by side for the chosen prompt, size, length and variants: what it
 * would cost, how long it would take, or everything it cannot do of the chosen size, length and first-frame
 * image. Shown only when there is a choice to make. For another provider it compares the model that can make
 * the order (or, failing that, the one with the fewest gaps).
 */
class ProviderComparison extends Div {

    /** One provider's answer for the chosen settings. */
    record Row(String provider, String model, String estimate, String readyIn, String cannot) {
    }

    private final GenerationService generations;
    private final List<ProviderChoice> providers;
    final Grid<Row> grid = new Grid<>(Row.class, false);

    ProviderComparison(GenerationService generations, List<ProviderChoice> providers) {
        this.generations = generations;
        this.providers = providers;
        grid.addColumn(Row::provider).setHeader("Provider").setAutoWidth(true);
        grid.addColumn(Row::model).setHeader("Model").setAutoWidth(true);
        grid.addColumn(Row::estimate).setHeader("Estimate").setAutoWidth(true);
        grid.addColumn(Row::readyIn).setHeader("Ready in").setAutoWidth(true);
        grid.addColumn(Row::cannot).setHeader("Cannot").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        addClassName("provider-comparison");
        add(new Span("Compare providers for these settings"), grid);
        setVisible(providers.size() > 1);
    }

    void show(GenerationOrder chosen, Locale locale) {
        if (providers.size() < 2) {
            return;
        }
        grid.setItems(providers.stream().map(p -> row(p, chosen, locale)).toList());
    }

    private Row row(ProviderChoice provider, GenerationOrder chosen, Locale locale) {
        var model = provider.models().stream()
                .filter(m -> provider.id().equals(chosen.providerId()) && m.id().equals(chosen.model())).findFirst()
                .or(() -> provider.models().stream().filter(m -> cannot(m, chosen).isEmpty()).findFirst())
                .orElseGet(() -> provider.models().stream()
                        .min(Comparator.comparingInt((ModelChoice m) -> cannot(m, chosen).size())).orElseThrow());
        var gaps = cannot(model, chosen);
        if (!gaps.isEmpty()) {
            return new Row(provider.displayName(), model.displayName(), "–", "–", String.join("; ", gaps));
        }
        var order = new GenerationOrder(chosen.campaignId(), chosen.cardId(), chosen.promptVersionId(),
                chosen.promptText(), chosen.title(), provider.id(), model.id(), chosen.size(), chosen.durationSeconds(),
                chosen.variants(), chosen.style(), chosen.imageReference());
        try {
            var estimate = generations.estimate(order);
            return new Row(provider.displayName(), model.displayName(), estimate.workspacePrice().format(locale),
                    GenerateDialog.humanize(estimate.expectedWait()), "");
        } catch (GenerationRefusedException | ProviderException refused) {
            return new Row(provider.displayName(), model.displayName(), "–", "–", refused.getMessage());
        }
    }

    /** Everything {@code model} cannot do of what is chosen, in words; empty when it can make the order. */
    static List<String> cannot(ModelChoice model, GenerationOrder chosen) {
        var gaps = new ArrayList<String>();
        if (!model.sizes().contains(chosen.size().label())) {
            gaps.add("does not make " + chosen.size().label() + " (makes " + String.join(", ", model.sizes()) + ")");
        }
        if (!model.durationsSeconds().contains(chosen.durationSeconds())) {
            gaps.add("does not make " + chosen.durationSeconds() + " s videos (makes " + String.join(", ",
                    model.durationsSeconds().stream().map(d -> d + " s").toList()) + ")");
        }
        if (chosen.imageReference() != null && !model.imageReference()) {
            gaps.add("cannot start from an image");
        }
        return gaps;
    }
}
