package dev.clapboard.prompt.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.clapboard.prompt.CardPrompt;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.prompt.TemplateService;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Optional;

/**
 * The prompt of one card: write it freely, from a template or with the structured builder; save versions; compare,
 * restore and vary them. Every member may read it; creators and above may save. A card opens it at
 * {@code campaigns/<campaignId>/cards/<cardId>/prompt}; ids that are not numbers or not in the member's workspace
 * show the not-found page.
 */
@Route("campaigns/:campaignId/cards/:cardId/prompt")
@PageTitle("Prompt · Clapboard")
@PermitAll
class PromptEditorView extends Main implements BeforeEnterObserver {

    static final String CAMPAIGN_ID = "campaignId";
    static final String CARD_ID = "cardId";

    final H2 title = new H2();
    final Span campaign = new Span();
    // Built in beforeEnter, once the card is known and before the view is shown.
    TabSheet sources;
    PromptComposer composer;
    TemplateFiller templateFiller;
    StructuredBuilder builder;
    VersionHistory history;

    private final PromptService prompts;
    private final TemplateService templates;
    private final boolean canWrite;

    PromptEditorView(PromptService prompts, TemplateService templates, CurrentUser currentUser) {
        this.prompts = prompts;
        this.templates = templates;
        this.canWrite = currentUser.require().hasRole(Roles.CREATOR);
        addClassName("prompt-editor");
    }

    static RouteParameters parameters(long campaignId, long cardId) {
        return new RouteParameters(Map.of(CAMPAIGN_ID, String.valueOf(campaignId), CARD_ID, String.valueOf(cardId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var card = id(event, CAMPAIGN_ID).flatMap(campaignId -> id(event, CARD_ID)
                .flatMap(cardId -> prompts.card(campaignId, cardId)));
        if (card.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(card.get());
    }

    private void show(CardPrompt card) {
        removeAll();
        title.setText("Prompt: " + card.cardTitle());
        campaign.setText(card.campaignName());
        campaign.addClassName("prompt-campaign");
        composer = new PromptComposer(prompts, card.campaignId(), card.cardId(), canWrite, saved -> history.refresh());
        history = new VersionHistory(prompts, card.campaignId(), card.cardId(), canWrite, composer::load);
        templateFiller = new TemplateFiller(templates, filled -> {
            composer.load(filled.text(), null, filled.templateKey(), filled.durationSeconds(), null, null);
        });
        builder = new StructuredBuilder(structured -> composer.load(structured.assemble(), structured, null,
                structured.durationSeconds(), structured.aspectRatio(), null));
        sources = new TabSheet();
        sources.add("Free text", new Paragraph(canWrite
                ? "Write in the editor. Say who does what, where, and how the camera sees it."
                : "You can read this prompt and its versions. Creators and managers can change it."));
        sources.add("From a template", templateFiller);
        sources.add("Structured builder", builder);
        if (card.latest() != null) {
            composer.load(card.latest());
        }
        var columns = new Div(sources, composer);
        columns.addClassName("prompt-columns");
        add(new Div(title, campaign), columns, history);
    }

    private static Optional<Long> id(BeforeEnterEvent event, String name) {
        try {
            return event.getRouteParameters().get(name).map(Long::parseLong).filter(id -> id > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
