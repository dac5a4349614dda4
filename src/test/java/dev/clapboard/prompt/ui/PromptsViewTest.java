package dev.clapboard.prompt.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.prompt.PromptTemplate;
import dev.clapboard.prompt.TemplateCategory;
import dev.clapboard.prompt.TemplateService;
import dev.clapboard.prompt.VersionDraft;
import dev.clapboard.support.Cards;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class PromptsViewTest extends KaribuTest {

    @Autowired
    TemplateService templates;
    @Autowired
    PromptService prompts;
    @Autowired
    CampaignService campaigns;
    @Autowired
    Cards cards;

    private PromptsView open(DemoLogins login) {
        signIn(login);
        reload();
        UI.getCurrent().navigate("prompts");
        return _get(PromptsView.class);
    }

    @Test
    void the_library_lists_the_built_ins_with_their_text_and_example() {
        var view = open(DemoLogins.REVIEWER);
        var grid = view.library.grid;

        assertThat(_size(grid)).isGreaterThanOrEqualTo(11);
        assertThat(_getFormattedRow(grid, 0)).containsExactly("Product presentation", "Product presentation",
                "Built-in", "audience, product, setting, duration");
        grid.select(_get(grid, 1));

        var details = _find(view.library.details, Paragraph.class).stream().map(Paragraph::getText).toList();
        assertThat(details).contains(_get(grid, 1).body(), _get(grid, 1).exampleOutput(), _get(grid, 1).description());
    }

    @Test
    void searching_filters_templates_and_finds_cards_by_their_latest_prompt() {
        signIn(DemoLogins.CREATOR);
        var campaignId = campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
        var marker = "Pangolin" + System.nanoTime();
        var card = cards.newCard(campaignId, "Pangolin shot");
        prompts.save(campaignId, card, VersionDraft.text("A " + marker + " rolls through a studio.", ""));
        var view = open(DemoLogins.CREATOR);

        _setValue(view.search, "trade-fair");
        assertThat(_size(view.library.grid)).isEqualTo(1);
        assertThat(_get(view.library.grid, 0).name()).isEqualTo("Trade-fair cinematic");

        _setValue(view.search, marker.toLowerCase());
        assertThat(_size(view.library.grid)).isZero();
        view.tabs.setSelectedIndex(1);
        assertThat(_size(view.results.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.results.grid, 0)).contains("Spring Launch: Northwind Analytics 3.0",
                "Pangolin shot", "v1", "A " + marker + " rolls through a studio.");

        _clickItem(view.results.grid, 0);
        assertThat(_get(PromptEditorView.class).composer.text.getValue()).contains(marker);
    }

    @Test
    void a_creator_creates_a_template_and_a_placeholder_syntax_error_is_shown_at_the_field() {
        var view = open(DemoLogins.CREATOR);
        int before = _size(view.library.grid);
        _click(view.library.create);
        var dialog = _get(TemplateDialog.class);
        _setValue(dialog.name, "Office tour");
        _setValue(dialog.category, TemplateCategory.EXPLAINER);
        _setValue(dialog.body, "A tour of {place in {duration} seconds");
        _click(dialog.save);

        assertThat(dialog.body.isInvalid()).isTrue();
        assertThat(dialog.body.getErrorMessage()).startsWith("The '{' at character 11 is never closed.");
        assertThat(templates.count("Office tour")).isZero();

        _setValue(dialog.body, "A tour of {place}, wide shot, {duration} seconds");
        _click(dialog.save);

        assertThat(_size(view.library.grid)).isEqualTo(before + 1);
        var created = view.library.grid.getSelectedItems().iterator().next();
        assertThat(created.name()).isEqualTo("Office tour");
        assertThat(created.placeholders()).containsExactly("place", "duration");
    }

    @Test
    void a_creator_copies_a_built_in_and_edits_the_copy_but_not_the_built_in() {
        var view = open(DemoLogins.CREATOR);
        var grid = view.library.grid;
        grid.select(_get(grid, 0));
        _assertNone(Button.class, spec -> spec.withText("Edit"));

        _click(view.library.copy);
        var copy = grid.getSelectedItems().iterator().next();
        assertThat(copy.builtIn()).isFalse();
        assertThat(copy.name()).isEqualTo("Product presentation (copy)");

        _click(view.library.edit);
        var dialog = _get(TemplateDialog.class);
        _setValue(dialog.name, "Our product shot");
        _click(dialog.save);

        assertThat(templates.find(copy.key()).map(PromptTemplate::name)).contains("Our product shot");
        assertThat(templates.find("builtin/product-presentation").map(PromptTemplate::name))
                .contains("Product presentation");
    }

    @Test
    void a_reviewer_reads_the_library_but_gets_no_create_copy_or_edit() {
        var view = open(DemoLogins.REVIEWER);
        view.library.grid.select(_get(view.library.grid, 0));

        _assertNone(Button.class, spec -> spec.withText("New template"));
        _assertNone(Button.class, spec -> spec.withText("Copy to workspace"));
        _assertNone(Button.class, spec -> spec.withText("Edit"));
    }
}
