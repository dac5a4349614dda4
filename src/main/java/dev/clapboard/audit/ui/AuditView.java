package dev.clapboard.audit.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.audit.Actor;
import dev.clapboard.audit.AuditAction;
import dev.clapboard.audit.AuditEntryView;
import dev.clapboard.audit.AuditFilter;
import dev.clapboard.audit.AuditTrail;
import dev.clapboard.audit.PublishingExports;
import dev.clapboard.campaign.CampaignFilter;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignSummary;
import dev.clapboard.security.Roles;
import dev.clapboard.workspace.WorkspaceSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The workspace's audit trail for admins, newest first, filtered by time, actor, action and campaign; "Verify
 * chain" checks every entry's hash link. From here admins also open a campaign's compliance export and set the
 * AI label of exports.
 */
@Route("audit")
@PageTitle("Audit trail · Clapboard")
@Menu(order = 92, icon = "vaadin:clipboard-check", title = "Audit trail")
@RolesAllowed(Roles.ADMIN)
class AuditView extends Main {

    private final AuditTrail trail;
    private final ZoneId zone;
    private final DateTimeFormatter time;
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final ComboBox<Actor> actor = new ComboBox<>("Actor");
    final ComboBox<AuditAction> action = new ComboBox<>("Action");
    final ComboBox<CampaignSummary> campaign = new ComboBox<>("Campaign");
    final Button verify = new Button("Verify chain");
    final Button complianceExport = new Button("Compliance export");
    final Button labelSettings = new Button("AI label settings");
    final Span verifyResult = new Span();
    final Grid<AuditEntryView> grid = new Grid<>();
    final Pre details = new Pre();

    AuditView(AuditTrail trail, CampaignService campaigns, WorkspaceSettingsService settings,
            PublishingExports exports) {
        this.trail = trail;
        this.zone = settings.timeZone();
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(Locale.UK).withZone(zone);
        addClassName("list-view");
        actor.setItems(trail.actors());
        actor.setItemLabelGenerator(a -> a.accountId() == null ? "System" : a.name());
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(AuditAction::label);
        campaign.setItems(query -> campaigns.list(new CampaignFilter(query.getFilter().orElse(""), null),
                toSpringPageRequest(query)).stream());
        campaign.setItemLabelGenerator(CampaignSummary::name);
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {from, to, actor, action, campaign}) {
            field.addValueChangeListener(e -> filterChanged());
        }
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        actor.setClearButtonVisible(true);
        action.setClearButtonVisible(true);
        campaign.setClearButtonVisible(true);
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(e -> verifyChain());
        complianceExport.setEnabled(false);
        complianceExport.addClickListener(e -> UI.getCurrent().navigate("campaigns/" + campaign.getValue().id()
                + "/compliance"));
        labelSettings.addClickListener(e -> new LabelSettingsDialog(exports).open());
        grid.addColumn(AuditEntryView::sequenceNo).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> time.format(e.occurredAt())).setHeader("Time").setAutoWidth(true);
        grid.addColumn(AuditEntryView::actorName).setHeader("Actor").setAutoWidth(true);
        grid.addColumn(e -> e.action().label()).setHeader("Action").setAutoWidth(true);
        grid.addColumn(e -> e.subjectType() + (e.subjectId() == null ? "" : " " + e.subjectId())).setHeader("Subject")
                .setAutoWidth(true);
        grid.addColumn(e -> e.campaignId() == null ? "" : "#" + e.campaignId()).setHeader("Campaign").setAutoWidth(true);
        grid.addColumn(AuditEntryView::details).setHeader("Details").setFlexGrow(1);
        grid.setItems(query -> trail.page(filter(), toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No audit entries match.");
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setSizeFull();
        var filters = new Div(from, to, actor, action, campaign);
        filters.addClassName("audit-filters");
        var actions = new Div(verify, complianceExport, labelSettings, verifyResult);
        actions.addClassName("audit-actions");
        add(new Paragraph("Every significant action in this workspace, newest first. Entries are never changed: "
                + "each holds the hash of the one before it, so a changed or removed entry breaks the chain."),
                filters, actions, grid);
    }

    AuditFilter filter() {
        var chosen = actor.getValue();
        return new AuditFilter(from.isEmpty() ? null : from.getValue().atStartOfDay(zone).toInstant(),
                to.isEmpty() ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant(),
                chosen == null ? null : chosen.accountId(), chosen != null && chosen.accountId() == null,
                action.getValue(), campaign.isEmpty() ? null : campaign.getValue().id());
    }

    private void filterChanged() {
        if (!from.isEmpty() && !to.isEmpty() && to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage("Pick a day on or after " + from.getValue() + ".");
            return;
        }
        to.setInvalid(false);
        complianceExport.setEnabled(!campaign.isEmpty());
        grid.getDataProvider().refreshAll();
    }

    private void verifyChain() {
        var check = trail.verify();
        verifyResult.setText(check.message());
        verifyResult.getElement().getThemeList().clear();
        verifyResult.getElement().getThemeList().add("badge " + (check.intact() ? "success" : "error"));
        Notification.show(check.message()).addThemeVariants(check.intact() ? NotificationVariant.LUMO_SUCCESS
                : NotificationVariant.LUMO_ERROR);
    }

    private void open(AuditEntryView entry) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("#" + entry.sequenceNo() + " · " + entry.action().label());
        dialog.setWidth("min(48rem, 95vw)");
        details.setText(entry.details());
        details.addClassName("audit-details");
        dialog.add(new Paragraph(time.format(entry.occurredAt()) + " · " + entry.actorName()
                        + (entry.actorAccountId() == null ? "" : " (account " + entry.actorAccountId() + ")")),
                details, new Paragraph("Previous hash: " + entry.previousHash()),
                new Paragraph("Hash: " + entry.entryHash()));
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }
}
