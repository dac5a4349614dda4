package dev.clapboard.finance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.clapboard.finance.AbEntryException;
import dev.clapboard.finance.AbImportException;
import dev.clapboard.finance.AbResultsService;
import dev.clapboard.finance.VariantResult;
import java.util.Locale;

/**
 * A/B results of the campaign's variants against its control (a variant or a static asset), fed one row at a
 * time or by CSV import (paste the file's text).
 */
class AbSection extends Div {

    private final AbResultsService ab;
    private final long campaignId;
    final TextArea csv = new TextArea("Import A/B results (CSV)");
    final Button importButton = new Button("Import", e -> importCsv());
    final Grid<VariantResult> grid = new Grid<>();
    final Select<AbEntryForm.Choice> control = new Select<>();
    final TextField staticAsset = new TextField("Static asset");
    final Button setControl = new Button("Set control", e -> chooseControl());
    final Paragraph controlNote = new Paragraph();
    final AbEntryForm entry;
    private static final AbEntryForm.Choice STATIC_ASSET = new AbEntryForm.Choice(null, "A static asset");

    AbSection(AbResultsService ab, long campaignId) {
        this.ab = ab;
        this.campaignId = campaignId;
        csv.setPlaceholder(String.join(",", AbResultsService.COLUMNS));
        csv.setHelperText("One line per variant, channel and period; variant is the generation number, or control for "
                + "the static control asset. "
                + "The first line is the header: " + String.join(",", AbResultsService.COLUMNS));
        csv.setWidthFull();
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(r -> r.label() + (r.control() ? " (control)" : "") + (r.winner() ? " ★ winner" : ""))
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
        control.setLabel("Control");
        control.setItemLabelGenerator(AbEntryForm.Choice::label);
        staticAsset.setMaxLength(100);
        staticAsset.setPlaceholder("e.g. Banner spring 2026");
        entry = new AbEntryForm(ab, campaignId, this::refresh);
        var controlRow = new HorizontalLayout(control, staticAsset, setControl);
        controlRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3("A/B results"), controlNote, controlRow, grid, entry, csv, importButton);
        refresh();
    }

    private void chooseControl() {
        var chosen = control.getValue();
        staticAsset.setInvalid(false);
        control.setInvalid(false);
        try {
            if (chosen == null || chosen.generationId() == null) {
                ab.useStaticControl(campaignId, staticAsset.getValue());
            } else {
                ab.useVariantAsControl(campaignId, chosen.generationId());
            }
        } catch (AbEntryException e) {
            var field = chosen == null || chosen.generationId() == null ? staticAsset : control;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            return;
        }
        entry.refreshChoices();
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
        grid.setItems(ab.results(campaignId));
        var chosen = ab.control(campaignId);
        controlNote.setText(chosen.isStatic() ? "The control is the static asset “" + chosen.staticLabel()
                + "”; enter its figures as variant “control”."
                : chosen.generationId() != null ? "The control is variant #" + chosen.generationId() + "."
                : "The control is the first variant until you choose one.");
        var choices = new java.util.ArrayList<AbEntryForm.Choice>();
        choices.add(STATIC_ASSET);
        ab.variants(campaignId).forEach(id -> choices.add(new AbEntryForm.Choice(id, "Variant #" + id)));
        control.setItems(choices);
    }
}
