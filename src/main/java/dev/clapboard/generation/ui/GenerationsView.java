package dev.clapboard.generation.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.campaign.BoardService;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CardDetails;
import dev.clapboard.campaign.CampaignSummary;
import dev.clapboard.generation.GenerationRefusedException;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationStatus;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.generation.VideoFlags;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import dev.clapboard.workspace.Member;
import dev.clapboard.workspace.WorkspaceService;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Every generation of a campaign, newest first, paged from the database, with live progress while any is
 * queued or running. Creators ask for new ones, cancel and retry; everyone plays the results.
 */
@Route("generations")
@PageTitle("Generations · Clapboard")
@Menu(order = 20, icon = "vaadin:movie", title = "Generations")
@PermitAll
class GenerationsView extends Main implements BeforeEnterObserver {

    private static final int REFRESH_MILLIS = 1500;

    private final GenerationService generations;
    private final WorkspaceService workspace;
    private final CampaignService campaigns;
    private final BoardService boards;
    private final PromptService prompts;
    private final VideoFlags videoFlags;
    private final boolean mayCreate;
    private final boolean mayOverrideBudget;
    private boolean wasActive = true;

    final ComboBox<CampaignSummary> campaign = new ComboBox<>("Campaign");
    final Select<GenerationStatus> status = new Select<>();
    final Button newGeneration = new Button("New generation", e -> openGenerateDialog());
    final Grid<GenerationRow> grid = new Grid<>();
    final GenerationPages pages;

    GenerationsView(GenerationService generations, CampaignService campaigns, BoardService boards,
            PromptService prompts, WorkspaceService workspace, VideoFlags videoFlags, CurrentUser currentUser) {
        this.prompts = prompts;
        this.videoFlags = videoFlags;
        this.generations = generations;
        this.pages = new GenerationPages(generations);
        this.workspace = workspace;
        this.campaigns = campaigns;
        this.boards = boards;
        this.mayCreate = currentUser.require().hasRole(Roles.CREATOR);
        this.mayOverrideBudget = currentUser.require().hasRole(Roles.MANAGER);
        addClassName("list-view");
        campaign.setItems(query -> campaigns.list(toSpringPageRequest(query)).stream());
        campaign.setItemLabelGenerator(CampaignSummary::name);
        campaign.setWidth("24rem");
        campaign.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.setLabel("Status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All");
        status.setItems(GenerationStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "All" : s.label());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        newGeneration.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newGeneration.setVisible(mayCreate);
        var toolbar = new HorizontalLayout(campaign, status, newGeneration);
        toolbar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        new GenerationColumns(this::play, mayCreate ? this::cancel : null, mayCreate ? this::retry : null)
                .addTo(grid);
        grid.setItems(query -> {
            var selected = campaign.getValue();
            if (selected == null) {
                return java.util.stream.Stream.empty();
            }
            var page = pages.fetch(selected.id(), statusFilter(), query.getOffset(), query.getLimit());
            var names = workspace.membersById(page.stream().map(GenerationSummary::requestedBy).collect(Collectors.toSet()));
            var flags = videoFlags.flagged(page.stream().map(GenerationSummary::id).toList());
            return page.stream().map(g -> new GenerationRow(g, Optional.ofNullable(names.get(g.requestedBy()))
                    .map(Member::displayName).orElse("Former member"), flags.get(g.id())));
        }, query -> {
            var selected = campaign.getValue();
            return selected == null ? 0 : (int) Math.min(Integer.MAX_VALUE, generations.count(selected.id(), statusFilter()));
        });
        // new rows shift every position, and a filter changes them all: remembered page keys are no good after
        grid.getDataProvider().addDataProviderListener(e -> pages.forget());
        grid.setEmptyStateText("No generations yet. Pick a campaign, or ask for new videos.");
        grid.setSizeFull();
        add(toolbar, grid);
        campaigns.list(PageRequest.of(0, 1)).stream().findFirst().ifPresent(campaign::setValue);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("campaign").flatMap(GenerationsView::parseId)
                .flatMap(campaigns::find).ifPresent(campaign::setValue);
        // ?card=ID comes from a card's "Generate videos": open the dialog for that card right away
        parameters.getSingleParameter("card").flatMap(GenerationsView::parseId).flatMap(boards::card)
                .filter(card -> campaign.getValue() != null && card.campaignId() == campaign.getValue().id())
                .filter(card -> mayCreate)
                .ifPresent(this::openGenerateDialogFor);
    }

    private Set<GenerationStatus> statusFilter() {
        return status.getValue() == null ? Set.of() : Set.of(status.getValue());
    }

    private void openGenerateDialogFor(CardDetails card) {
        var draft = card.draft();
        var brief = draft.brief() == null ? draft.title() : draft.title() + ". " + draft.brief();
        var dialog = generateDialog(card.campaignId(), card.id(), brief);
        dialog.prefill(draft.title(), draft.style(), draft.aspectRatio().label(), draft.durationSeconds());
        dialog.open();
    }

    private static Optional<Long> parseId(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // progress comes from the job engine in the background; look for it while the page is open
        attachEvent.getUI().setPollInterval(REFRESH_MILLIS);
        attachEvent.getUI().addPollListener(e -> refreshIfActive());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
    }

    /** Refreshes while generations run, and once more after the last one ended so its result shows. */
    void refreshIfActive() {
        var selected = campaign.getValue();
        var active = selected != null && generations.page(selected.id(),
                Set.of(GenerationStatus.QUEUED, GenerationStatus.RUNNING), PageRequest.of(0, 1)).hasContent();
        if (active || wasActive) {
            grid.getDataProvider().refreshAll();
        }
        wasActive = active;
    }

    private void openGenerateDialog() {
        var selected = campaign.getValue();
        if (selected == null) {
            Notification.show("Pick a campaign first.");
            return;
        }
        generateDialog(selected.id(), null, "").open();
    }

    private GenerateDialog generateDialog(long campaignId, @Nullable Long cardId, String prompt) {
        return new GenerateDialog(generations, prompts, campaignId, cardId, prompt, mayOverrideBudget, requested -> {
            grid.getDataProvider().refreshAll();
            Notification.show(requested.size() + (requested.size() == 1 ? " video" : " videos") + " queued");
        });
    }

    private void play(GenerationSummary generation) {
        new PlayerDialog(generation).open();
    }

    private void cancel(GenerationSummary generation) {
        act(() -> generations.cancel(generation.id()), "Generation cancelled");
    }

    private void retry(GenerationSummary generation) {
        act(() -> generations.retry(generation.id()), "Retry queued");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done);
        } catch (GenerationRefusedException refused) {
            Notification.show(refused.getMessage());
        }
        grid.getDataProvider().refreshAll();
    }

    /** A generation with its requester's name. */
    /** {@code flag} is why the video must not be used any more (e.g. a revoked consent), or null. */
    record GenerationRow(GenerationSummary generation, String requester, @Nullable String flag) {
    }
}
