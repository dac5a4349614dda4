package dev.clapboard.finance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import dev.clapboard.finance.AbImportException;
import dev.clapboard.finance.AbResultsService;
import dev.clapboard.finance.VariantResult;
import java.util.Locale;

/** A/B results of the campaign's variants, and the CSV import that feeds them (paste the file's text). */
class AbSection extends Div {

    private final AbResultsService ab;
    private final long campaignId;
    final TextArea csv = new TextArea("Import A/B results (CSV)");
    final Button importButton = new Button("Import", e -> importCsv());
    final Grid<VariantResult> grid = new Grid<>();

    AbSection(AbResultsService ab, long campaignId) {
        this.ab = ab;
        this.campaignId = campaignId;
        csv.setPlaceholder(String.join(",", AbResultsService.COLUMNS));
        csv.setHelperText("One line per variant, channel and period; variant is the generation number. "
                + "The first line is the header: " + String.join(",", AbResultsService.COLUMNS));
        csv.setWidthFull();
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(r -> "#" + r.generationId() + (r.control() ? " (control)" : "") + (r.winner() ? " ★ winner" : ""))
                .setHeader("Variant").setAutoWidth(true);
        grid.addColumn(VariantResult::impressions).setHeader("Impressions").setAutoWidth(true);
        grid.addColumn(r -> Figures.rate(r.clickThrough().value()) + " (" + Figures.rate(r.clickThrough().low()) + "–"
                + Figures.rate(r.clickThrough().high()) + ")").setHeader("CTR (95 % CI)").setAutoWidth(true);
        grid.addColumn(r -> Figures.rate(r.conversion().value()) + " (" + Figures.rate(r.conversion().low()) + "–"
                + Figures.rate(r.conversion().high()) + ")").setHeader("Conversion (95 % CI)").setAutoWidth(true);
        grid.addColumn(r -> r.againstControl() == null ? Figures.NONE
                : String.format(Locale.UK, "%+.1f %%", r.againstControl().liftPercent())).setHeader("Lift").setAutoWidth(true);
        grid.addColumn(r -> r.againstControl() == null ? Figures.NONE
                : (r.againstControl().significant() ? "Significant" : "Not significant")
                        + String.format(Locale.UK, " (p = %.4f)", r.againstControl().pValue()))
                .setHeader("Against control (95 %)").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No A/B results yet.");
        add(new H3("A/B results"), new Paragraph("The control is the first variant."), grid, csv, importButton);
        refresh();
    }

    private void importCsv() {
        try {
            var count = ab.importCsv(campaignId, csv.getValue());
            csv.setInvalid(false);
            csv.clear();
            refresh();
            Notification.show("Imported " + count + " rows.");
        } catch (AbImportException e) {
            csv.setErrorMessage(e.getMessage());
            csv.setInvalid(true);
        }
    }

    private void refresh() {
        grid.setItems(ab.results(campaignId, null));
    }
}
