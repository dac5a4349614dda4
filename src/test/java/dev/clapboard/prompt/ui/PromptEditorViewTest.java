package dev.clapboard.prompt.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import dev.clapboard.base.ui.NotFoundView;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.prompt.StyleVariant;
import dev.clapboard.prompt.TemplateService;
import dev.clapboard.prompt.VersionDraft;
import dev.clapboard.security.Roles;
import dev.clapboard.support.Cards;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class PromptEditorViewTest extends KaribuTest {


    @Autowired
    CampaignService campaigns;
    @Autowired
    PromptService prompts;
    @Autowired
    TemplateService templates;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    Cards cards;

    long campaignId;
    long cardId;

    private PromptEditorView openEditor(DemoLogins login) {
        signIn(DemoLogins.CREATOR);
        var card = cards.newCard(campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id(), "Prompt test card");
        return openEditor(login, card);
    }

    private PromptEditorView openEditor(DemoLogins login, long card) {
        signIn(login);
        reload();
        campaignId = campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
        cardId = card;
        UI.getCurrent().navigate("campaigns/" + campaignId + "/cards/" + cardId + "/prompt");
        return _get(PromptEditorView.class);
    }

    @Test
    void a_template_is_filled_in_a_generated_form_and_used_as_exactly_that_text() {
        var editor = openEditor(DemoLogins.CREATOR);
        editor.sources.setSelectedIndex(1);
        var filler = editor.templateFiller;
        filler.template.setValue(templates.find("builtin/product-presentation").orElseThrow());

        assertThat(filler.values.keySet()).containsExactly("audience", "product", "setting", "duration");
        _setValue(filler.values.get("audience"), "finance");
        _setValue(filler.values.get("product"), "Northwind Analytics 📊");
        _setValue(filler.values.get("setting"), "a bright open-plan office");
        assertThat(filler.preview.getText()).contains("Northwind Analytics 📊", "Duration: {duration} seconds.");
        _click(filler.use);

        assertThat(filler.problem.getText()).isEqualTo("Fill in {duration} before using this template.");
        assertThat(filler.values.get("duration").isInvalid()).isTrue();
        assertThat(editor.composer.text.getValue()).isEmpty();

        _setValue(filler.values.get("duration"), "8");
        _click(filler.use);

        assertThat(editor.composer.text.getValue()).isEqualTo("A finance professional works with Northwind Analytics "
                + "📊 at a desk in a bright open-plan office. The screen splits: on the left the Northwind Analytics 📊 "
                + "interface reacts to each click, on the right the real-world result appears at the same moment. "
                + "Medium shot, slow push-in, soft daylight. Calm office ambience, light electronic music. "
                + "Duration: 8 seconds.");
        assertThat(editor.composer.duration.getValue()).isEqualTo(8);
        assertThat(filler.problem.getText()).isEmpty();
    }

    @Test
    void the_structured_builder_assembles_its_fields_into_the_editable_prompt() {
        var editor = openEditor(DemoLogins.CREATOR);
        editor.sources.setSelectedIndex(2);
        var builder = editor.builder;
        _setValue(builder.subject, "a 45-year-old managing director");
        _setValue(builder.action, "explains software features");
        _setValue(builder.setting, "in a modern office");
        _setValue(builder.shotSize, "medium shot");
        _setValue(builder.movement, "slow push-in");
        _setValue(builder.lighting, "soft daylight");
        var line = builder.addDialogueLine();
        _setValue(line.speaker, "Director");
        _setValue(line.line, "We got our Mondays back.");
        _setValue(builder.ambience, "keyboard clicks");
        _setValue(builder.duration, 8);
        _setValue(builder.aspectRatio, "16:9");

        var expected = "A 45-year-old managing director explains software features in a modern office. Camera: "
                + "medium shot, slow push-in. Lighting: soft daylight. Dialogue: Director says: \"We got our Mondays "
                + "back.\" Ambience: keyboard clicks. Duration: 8 seconds. Aspect ratio: 16:9.";
        assertThat(builder.preview.getText()).isEqualTo(expected);
        _click(builder.use);

        assertThat(editor.composer.text.getValue()).isEqualTo(expected);
        assertThat(editor.composer.aspectRatio.getValue()).isEqualTo("16:9");
        assertThat(editor.composer.warnings.getChildren()).isEmpty();
        _setValue(editor.composer.text, expected + " Plus a closing shot of the logo.");
        assertThat(editor.composer.preview.getText()).endsWith("Plus a closing shot of the logo.");
    }

    @Test
    void the_editor_counts_characters_lints_as_one_types_and_shows_html_as_text() {
        var editor = openEditor(DemoLogins.CREATOR);
        var composer = editor.composer;

        _setValue(composer.text, "a person talks <script>alert('x')</script>");

        assertThat(composer.count.getText()).isEqualTo("42 / 10,000 characters");
        assertThat(_find(composer.warnings, Span.class, spec -> spec.withClasses("warning-message")))
                .extracting(Span::getText).contains("No clear subject: \"a person\" is vague.", "No camera direction.",
                        "No duration given.");
        assertThat(_find(composer.warnings, Span.class, spec -> spec.withClasses("warning-fix")))
                .extracting(Span::getText).contains("Choose a duration the provider allows: 4, 8, 12 seconds.");
        assertThat(composer.preview.getText()).isEqualTo("a person talks <script>alert('x')</script>");
        _assertNone(Html.class);
        assertThat(composer.text.getHelperText()).contains("Up to 10,000 characters");
    }

    @Test
    void saving_twice_makes_two_versions_and_the_diff_marks_removed_and_inserted_words() {
        var editor = openEditor(DemoLogins.CREATOR);
        _setValue(editor.composer.text, "A person talks in an office.");
        _setValue(editor.composer.note, "first try");
        _click(editor.composer.save);
        _setValue(editor.composer.text, "A 45-year-old director talks in a modern office.");
        _click(editor.composer.save);

        var grid = editor.history.grid;
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_get(grid, 1).note()).isEqualTo("first try");
        assertThat(editor.history.compare.isEnabled()).isFalse();
        grid.asMultiSelect().select(_get(grid, 0), _get(grid, 1));
        _click(editor.history.compare);

        var diff = _get(DiffDialog.class);
        assertThat(_find(diff.left, Span.class, spec -> spec.withClasses("diff-removed"))).extracting(Span::getText)
                .containsExactly("person", "an");
        assertThat(_find(diff.right, Span.class, spec -> spec.withClasses("diff-inserted"))).extracting(Span::getText)
                .containsExactly("45-year-old director", "a modern");
        assertThat(_find(diff.right, Span.class, spec -> spec.withClasses("diff-same"))).extracting(Span::getText)
                .containsExactly("A", "talks in", "office.");
    }

    @Test
    void an_old_version_is_restored_as_a_new_one_and_variants_are_made_in_one_action() {
        var editor = openEditor(DemoLogins.MANAGER);
        prompts.save(campaignId, cardId, VersionDraft.text("The original idea.", ""));
        prompts.save(campaignId, cardId, VersionDraft.text("A later idea.", ""));
        var history = editor.history;
        history.refresh();

        history.grid.select(_get(history.grid, 1));
        _click(history.restore);

        assertThat(_size(history.grid)).isEqualTo(3);
        assertThat(_get(history.grid, 0).text()).isEqualTo("The original idea.");
        assertThat(editor.composer.text.getValue()).isEqualTo("The original idea.");

        history.grid.select(_get(history.grid, 0));
        _click(history.variants);
        var dialog = _get(VariantsDialog.class);
        _setValue(dialog.styles, Set.of(StyleVariant.ANIMATED, StyleVariant.CINEMATIC));
        _setValue(dialog.audiences, "B2B buyers\nstudents");
        assertThat(dialog.summary.getText()).isEqualTo("Makes 4 linked variants (at most 12).");
        _click(dialog.make);

        assertThat(_size(history.grid)).isEqualTo(7);
        var newest = _get(history.grid, 0);
        assertThat(newest.style()).isEqualTo("Cinematic");
        assertThat(newest.audience()).isEqualTo("students");
        assertThat(prompts.siblings(newest.id())).hasSize(4);
    }

    @Test
    void a_50000_character_prompt_is_refused_at_the_field_and_nothing_is_saved() {
        var editor = openEditor(DemoLogins.CREATOR);

        _setValue(editor.composer.text, "x".repeat(50_000));
        assertThat(editor.composer.count.getText()).isEqualTo("50,000 / 10,000 characters");
        assertThat(editor.composer.count.hasClassName("over-limit")).isTrue();
        _click(editor.composer.save);

        assertThat(editor.composer.text.isInvalid()).isTrue();
        assertThat(editor.composer.text.getErrorMessage())
                .isEqualTo("The text has 50,000 characters; the limit is 10,000. Shorten it by 40,000 characters.");
        assertThat(_size(editor.history.grid)).isZero();
    }

    @Test
    void emoji_and_right_to_left_text_are_saved_and_shown_exactly() {
        var editor = openEditor(DemoLogins.CREATOR);
        var text = "🎬 مدير في مكتب حديث يشرح البرنامج — מנהל 👩‍💻";

        _setValue(editor.composer.text, text);
        _click(editor.composer.save);

        assertThat(_get(editor.history.grid, 0).text()).isEqualTo(text);
        UI.getCurrent().navigate("campaigns/" + campaignId + "/cards/" + cardId + "/prompt");
        assertThat(_get(PromptEditorView.class).composer.text.getValue()).isEqualTo(text);
    }

    @Test
    void a_reviewer_reads_the_prompt_and_history_but_cannot_save_restore_or_vary() {
        openEditor(DemoLogins.CREATOR);
        var card = cardId;
        prompts.save(campaignId, card, VersionDraft.text("Creator's text.", ""));

        var editor = openEditor(DemoLogins.REVIEWER, card);

        assertThat(editor.composer.text.getValue()).isEqualTo("Creator's text.");
        assertThat(editor.composer.text.isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withText("Save version"));
        _assertNone(Button.class, spec -> spec.withText("Restore as new version"));
        _assertNone(Button.class, spec -> spec.withText("Make style variants"));
        assertThat(_size(editor.history.grid)).isEqualTo(1);
    }

    @Test
    void another_workspaces_campaign_or_a_non_numeric_id_shows_the_not_found_page() {
        signIn(DemoLogins.ADMIN);
        var contoso = secondWorkspace.create("Contoso E" + System.nanoTime(), "e" + System.nanoTime()
                + "@contoso.example", Roles.ADMIN, "Contoso launch");
        reload();

        openUrl("campaigns/" + contoso.campaignId() + "/cards/1/prompt");
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
        _assertNone(PromptEditorView.class);
        _assertNone(TextArea.class);

        openUrl("campaigns/abc/cards/1/prompt");
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
        openUrl("campaigns/1/cards/-3/prompt");
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
        openUrl("campaigns/1/cards/99999999999999999999/prompt");
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
    }
}
