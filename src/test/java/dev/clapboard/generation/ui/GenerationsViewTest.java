package dev.clapboard.generation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dev.clapboard.campaign.AspectRatio;
import dev.clapboard.campaign.BoardService;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.workspace.MemberQuotas;
import dev.clapboard.workspace.MemberService;
import java.math.BigDecimal;
import com.vaadin.flow.component.html.ListItem;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.prompt.VersionDraft;
import dev.clapboard.support.AwaitGenerations;
import dev.clapboard.support.Cards;
import java.util.Map;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.component.html.Span;
import dev.clapboard.compliance.CardPeopleService;
import dev.clapboard.compliance.Channel;
import dev.clapboard.compliance.ConsentService;
import dev.clapboard.compliance.Consents;
import dev.clapboard.generation.GenerationOrder;
import java.util.Set;

class GenerationsViewTest extends KaribuTest {

    @Autowired
    CampaignService campaigns;
    @Autowired
    BoardService boards;
    @Autowired
    MemberService members;
    @Autowired
    PromptService prompts;
    @Autowired
    GenerationService generations;
    @Autowired
    Cards cards;
    @Autowired
    AwaitGenerations await;
    @Autowired
    Consents consents;
    @Autowired
    ConsentService consentService;
    @Autowired
    CardPeopleService cardPeople;

    @Test
    void a_video_whose_person_revoked_consent_is_marked_in_the_grid_with_the_reason() throws Exception {
        signIn(DemoLogins.MANAGER);
        var campaignId = consents.demoCampaignId();
        var person = consents.person("Greta Grid " + System.nanoTime());
        var consent = consents.signed(person.id(), Consents.forCampaign(campaignId, Channel.WEB));
        var cardId = cards.newCard(campaignId, "Cameo in the grid");
        cardPeople.declare(campaignId, cardId, Set.of(person.id()), Set.of(Channel.WEB));
        var flagged = await.ended(generations.request(new GenerationOrder(campaignId, cardId, null,
                "A presenter waves at the camera", "Cameo", "local", "storyboard-1", new VideoSize(640, 360), 4, 1,
                "animated")).getFirst().id());
        var unflagged = await.ended(generations.request(new GenerationOrder(campaignId, null, null,
                "A lighthouse at dusk", "Plain", "local", "storyboard-1", new VideoSize(640, 360), 4, 1, "animated"))
                .getFirst().id());
        consentService.revoke(consent.id());

        UI.getCurrent().navigate("generations", QueryParameters.of("campaign", String.valueOf(campaignId)));

        var rows = _get(GenerationsView.class).grid.getLazyDataView().getItems().limit(50).toList();
        var flaggedRow = rows.stream().filter(r -> r.generation().id() == flagged.id()).findFirst().orElseThrow();
        assertThat(flaggedRow.flag()).startsWith("Consent revoked: " + person.name() + " withdrew consent #"
                + consent.id());
        var marker = _find(GenerationColumns.status(flaggedRow), Span.class,
                spec -> spec.withClasses("generation-flag"));
        assertThat(marker).singleElement().satisfies(m -> {
            assertThat(m.getText()).isEqualTo("Consent revoked");
            assertThat(m.getTitle()).hasValue(flaggedRow.flag());
        });
        var plainRow = rows.stream().filter(r -> r.generation().id() == unflagged.id()).findFirst().orElseThrow();
        assertThat(plainRow.flag()).isNull();
        assertThat(_find(GenerationColumns.status(plainRow), Span.class, spec -> spec.withClasses("generation-flag")))
                .isEmpty();
    }

    private static final String PROMPT = "A 45-year-old managing director in a modern office explains software features";

    @Test
    void a_creator_sees_the_estimate_and_queues_two_variants_that_appear_in_the_grid() {
        signIn(DemoLogins.CREATOR);
        UI.getCurrent().navigate("generations");
        var view = _get(GenerationsView.class);
        assertThat(view.campaign.getValue()).isNotNull();
        var before = _size(view.grid);

        _click(view.newGeneration);
        var dialog = _get(GenerateDialog.class);
        _setValue(dialog.prompt, PROMPT);
        dialog.size.setValue("640x360");
        _setValue(dialog.variants, 2);

        assertThat(dialog.estimate.getText()).startsWith("Estimate: ").contains("ready in about");
        _click(dialog.generate);

        _assertNone(GenerateDialog.class);
        assertThat(_size(view.grid)).isEqualTo(before + 2);
    }

    @Test
    void a_refused_request_says_why_and_keeps_what_was_typed() {
        signIn(DemoLogins.CREATOR);
        UI.getCurrent().navigate("generations");
        var view = _get(GenerationsView.class);
        var before = _size(view.grid);
        _click(view.newGeneration);
        var dialog = _get(GenerateDialog.class);
        _setValue(dialog.prompt, PROMPT);
        _setValue(dialog.variants, 100);

        _click(dialog.generate);

        assertThat(dialog.refusal.getText()).isEqualTo("Ask for 1 to 8 variants.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.prompt.getValue()).isEqualTo(PROMPT);
        assertThat(_size(view.grid)).isEqualTo(before);

        _setValue(dialog.variants, 1);
        _setValue(dialog.prompt, "   ");
        _click(dialog.generate);
        assertThat(dialog.refusal.getText()).startsWith("The prompt is empty");
    }

    @Test
    void generate_videos_on_a_card_opens_the_dialog_set_up_for_that_card() {
        signIn(DemoLogins.CREATOR);
        var board = boards.board(campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id()).orElseThrow();
        var card = board.lanes().stream().flatMap(l -> boards.cards(l.id(), PageRequest.of(0, 20)).stream())
                .filter(c -> c.aspectRatio() != AspectRatio.SQUARE).findFirst().orElseThrow();

        UI.getCurrent().navigate("generations", QueryParameters.simple(Map.of(
                "campaign", String.valueOf(board.campaign().id()), "card", String.valueOf(card.id()))));

        var dialog = _get(GenerateDialog.class);
        assertThat(dialog.title.getValue()).isEqualTo(card.title());
        assertThat(dialog.prompt.getValue()).startsWith(card.title());
        assertThat(VideoSize.parse(dialog.size.getValue()).aspectRatio()).isEqualTo(card.aspectRatio().label());
    }

    @Test
    void a_cards_saved_prompt_version_is_used_exactly_and_its_lint_warnings_show() {
        signIn(DemoLogins.CREATOR);
        var campaignId = campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
        var card = cards.newCard(campaignId, "Vague shot");
        var saved = prompts.save(campaignId, card, VersionDraft.text("a person talks", "first try"));

        UI.getCurrent().navigate("generations", QueryParameters.simple(Map.of(
                "campaign", String.valueOf(campaignId), "card", String.valueOf(card))));
        var dialog = _get(GenerateDialog.class);

        assertThat(dialog.prompt.getValue()).isEqualTo("a person talks");
        assertThat(dialog.prompt.isReadOnly()).isTrue();
        assertThat(_find(dialog, ListItem.class)).isNotEmpty()
                .anySatisfy(item -> assertThat(item.getElement().getTextRecursively()).containsIgnoringCase("setting"));
        dialog.size.setValue("640x360");
        _click(dialog.generate);

        var requested = generations.page(campaignId, java.util.Set.of(), PageRequest.of(0, 1)).getContent().getFirst();
        assertThat(requested.cardId()).isEqualTo(card);
        assertThat(generations.find(requested.id()).orElseThrow().promptText()).isEqualTo("a person talks");
        assertThat(requested.promptVersionId()).isEqualTo(saved.id());
    }

    @Test
    @DirtiesContext(methodMode = DirtiesContext.MethodMode.AFTER_METHOD)
    void quota_exhaustion_is_refused_in_the_dialog_with_the_quota_named() {
        var creator = (ClapboardUser) signIn(DemoLogins.CREATOR).getPrincipal();
        signIn(DemoLogins.ADMIN);
        members.setQuotas(creator.accountId(), new MemberQuotas(5, 10, new BigDecimal("50")));
        signIn(DemoLogins.CREATOR);
        UI.getCurrent().navigate("generations");
        var view = _get(GenerationsView.class);
        var before = _size(view.grid);
        _click(view.newGeneration);
        var dialog = _get(GenerateDialog.class);
        _setValue(dialog.prompt, PROMPT);
        dialog.duration.setValue(12);

        _click(dialog.generate);

        assertThat(dialog.refusal.getText()).contains("your monthly quota");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_size(view.grid)).isEqualTo(before);
    }

    @Test
    void the_grid_refreshes_once_more_after_the_last_running_generation_ended_and_then_stops() throws Exception {
        signIn(DemoLogins.CREATOR);
        UI.getCurrent().navigate("generations");
        var view = _get(GenerationsView.class);
        // renders queued by earlier tests of this context would keep the grid refreshing: let them end first
        await.allEnded(generations.page(view.campaign.getValue().id(), java.util.Set.of(
                dev.clapboard.generation.GenerationStatus.QUEUED, dev.clapboard.generation.GenerationStatus.RUNNING),
                PageRequest.of(0, 100)).map(dev.clapboard.generation.GenerationSummary::id).toList());
        var id = generations.request(new dev.clapboard.generation.GenerationOrder(view.campaign.getValue().id(), null,
                null, PROMPT, "Shot", "local", "storyboard-1", new VideoSize(640, 360), 4, 1, "animated"))
                .getFirst().id();
        var refreshes = new java.util.concurrent.atomic.AtomicInteger();
        view.grid.getDataProvider().addDataProviderListener(e -> refreshes.incrementAndGet());
        view.refreshIfActive();
        assertThat(refreshes).as("refreshed while running").hasValue(1);

        await.ended(id);
        view.refreshIfActive(); // the poll right after the end: shows the result
        view.refreshIfActive(); // later polls: nothing runs, nothing to fetch

        assertThat(refreshes).hasValue(2);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(view.grid, 0).generation().status())
                .isEqualTo(dev.clapboard.generation.GenerationStatus.SUCCEEDED);
    }

    @Test
    void a_reviewer_watches_but_cannot_ask_for_videos() {
        signIn(DemoLogins.REVIEWER);
        UI.getCurrent().navigate("generations");

        assertThat(_get(GenerationsView.class).newGeneration.isVisible()).isFalse();
    }
    @Test
    void a_remix_says_in_the_grid_which_video_it_was_made_from() throws Exception {
        signIn(DemoLogins.CREATOR);
        var campaignId = campaigns.list(org.springframework.data.domain.PageRequest.of(0, 1)).getContent().getFirst()
                .id();
        var original = await.ended(generations.request(new dev.clapboard.generation.GenerationOrder(
                campaignId, null, null, "A paper boat on a pond", "Boat", "local", "storyboard-1",
                new dev.clapboard.generation.provider.VideoSize(640, 360), 4, 1, "animated")).getFirst().id());
        var remix = await.ended(generations.remix(original.id(), "A paper boat on a stormy pond").id());

        UI.getCurrent().navigate("generations", QueryParameters.simple(Map.of("campaign", String.valueOf(campaignId))));

        var view = _get(GenerationsView.class);
        var row = java.util.stream.IntStream.range(0, _size(view.grid))
                .filter(i -> com.github.mvysny.kaributesting.v10.GridKt._get(view.grid, i).generation().id() == remix.id())
                .findFirst().orElseThrow();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(view.grid, row))
                .contains("Remix of #" + original.id());
    }
}
