package dev.clapboard.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.campaign.CampaignService;
import dev.clapboard.prompt.StructuredPrompt.DialogueLine;
import dev.clapboard.prompt.domain.PromptRevision;
import dev.clapboard.prompt.domain.PromptRevisionRepository;
import dev.clapboard.security.Roles;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.Cards;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

@ClapboardTest
class PromptServiceTest {

    /** Cards don't exist as rows yet; every test uses its own card ids so tests sharing the database never mix. */

    @Autowired
    PromptService prompts;
    @Autowired
    CampaignService campaigns;
    @Autowired
    SignIn signIn;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    PromptRevisionRepository revisions;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Cards cards;

    long campaignId;
    long cardId;

    @BeforeEach
    void demoCampaign() {
        signIn.as(DemoLogins.CREATOR);
        campaignId = campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
        cardId = cards.newCard(campaignId, "Prompt test card");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void every_save_is_a_new_version_with_author_time_and_note_and_old_versions_keep_their_text() {
        var first = prompts.save(campaignId, cardId, VersionDraft.text("A person talks.", "first idea"));
        var second = prompts.save(campaignId, cardId, VersionDraft.text("A 45-year-old director talks.", "sharper"));

        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.authorName()).isEqualTo("Chloe Carter");
        assertThat(second.note()).isEqualTo("sharper");
        assertThat(prompts.version(first.id())).hasValueSatisfying(v -> {
            assertThat(v.text()).isEqualTo("A person talks.");
            assertThat(v.note()).isEqualTo("first idea");
            assertThat(v.createdAt()).isEqualTo(first.createdAt());
        });
        assertThat(prompts.card(campaignId, cardId)).hasValueSatisfying(c -> assertThat(c.latest()).isEqualTo(second));
        assertThat(prompts.history(campaignId, cardId, PageRequest.of(0, 10)).getContent())
                .extracting(PromptVersion::number).containsExactly(2, 1);
    }

    @Test
    void a_saved_version_cannot_be_changed_through_the_mapping_or_an_update_query() {
        var saved = prompts.save(campaignId, cardId, VersionDraft.text("Original wording, kept forever.", ""));

        transaction.executeWithoutResult(status -> {
            var row = revisions.findById(saved.id()).orElseThrow();
            ReflectionTestUtils.setField(row, "body", "Tampered wording");
        });
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> entityManager
                .createQuery("update PromptRevision v set v.body = 'Tampered' where v.id = :id")
                .setParameter("id", saved.id()).executeUpdate()))
                .hasMessageContaining("immutable");

        assertThat(prompts.version(saved.id()).orElseThrow().text()).isEqualTo("Original wording, kept forever.");
        assertThat(PromptService.class.getMethods()).extracting(java.lang.reflect.Method::getName)
                .doesNotContain("update", "edit", "change", "delete");
    }

    @Test
    void restoring_an_old_version_makes_a_new_version_with_its_text() {
        var first = prompts.save(campaignId, cardId, VersionDraft.text("Version one text.", ""));
        prompts.save(campaignId, cardId, VersionDraft.text("Version two text.", ""));

        var restored = prompts.restore(first.id(), "");

        assertThat(restored.number()).isEqualTo(3);
        assertThat(restored.text()).isEqualTo("Version one text.");
        assertThat(restored.parentVersionId()).isEqualTo(first.id());
        assertThat(restored.note()).isEqualTo("Restored version 1");
        assertThat(prompts.version(first.id()).orElseThrow().number()).isEqualTo(1);
    }

    @Test
    void one_variants_action_makes_n_linked_sibling_versions() {
        var base = prompts.save(campaignId, cardId, VersionDraft.text(
                "A managing director explains the dashboard in a modern office, medium shot. Style: photorealistic.",
                ""));

        var variants = prompts.variants(base.id(), List.of("Photorealistic", "Animated", "Cinematic", "pencil sketch"),
                List.of("B2B buyers", "students"), "spring test");

        assertThat(variants).hasSize(8);
        assertThat(variants).extracting(PromptVersion::siblingGroup).doesNotContainNull().containsOnly(
                variants.getFirst().siblingGroup());
        assertThat(variants).extracting(PromptVersion::parentVersionId).containsOnly(base.id());
        assertThat(variants).extracting(PromptVersion::number).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(variants).extracting(PromptVersion::style).containsExactly("Photorealistic", "Animated",
                "Cinematic", "pencil sketch", "Photorealistic", "Animated", "Cinematic", "pencil sketch");
        var cinematicForStudents = variants.get(6);
        assertThat(cinematicForStudents.audience()).isEqualTo("students");
        assertThat(cinematicForStudents.text()).isEqualTo("A managing director explains the dashboard in a modern "
                + "office, medium shot. Style: " + StyleVariant.CINEMATIC.direction() + ". Audience: students.");
        assertThat(cinematicForStudents.note()).isEqualTo("Variant of v1: Cinematic · students – spring test");
        assertThat(prompts.siblings(variants.get(2).id())).containsExactlyElementsOf(variants);
        assertThat(prompts.siblings(base.id())).isEmpty();
    }

    @Test
    void variants_need_a_style_and_stay_within_the_limit() {
        var base = prompts.save(campaignId, cardId, VersionDraft.text("A base prompt.", ""));

        assertThatThrownBy(() -> prompts.variants(base.id(), List.of(" "), List.of("a"), ""))
                .isInstanceOf(PromptInputException.class).hasMessage("Choose at least one style for the variants.");
        assertThatThrownBy(() -> prompts.variants(base.id(), List.of("Animated", "Cinematic", "Photorealistic"),
                List.of("a", "b", "c", "d", "e"), ""))
                .isInstanceOf(PromptInputException.class).hasMessageContaining("15 variants at once is too many");
        assertThat(prompts.history(campaignId, cardId, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void structured_fields_and_settings_are_kept_with_the_version() {
        var structured = new StructuredPrompt("a barista", "pours latte art", "in a small café", "close-up",
                "static", "85 mm", "morning sun", "photorealistic", List.of(new DialogueLine("Barista", "Enjoy!")),
                "espresso machine hiss", "", 8, "9:16");

        var saved = prompts.save(campaignId, cardId, new VersionDraft(structured.assemble(), structured,
                "Photorealistic", "coffee lovers", 8, "9:16", "from the builder", null));

        var read = prompts.version(saved.id()).orElseThrow();
        assertThat(read.structured()).isEqualTo(structured);
        assertThat(read.text()).isEqualTo(structured.assemble());
        assertThat(read).extracting(PromptVersion::style, PromptVersion::audience, PromptVersion::durationSeconds,
                PromptVersion::aspectRatio).containsExactly("Photorealistic", "coffee lovers", 8, "9:16");
    }

    @Test
    void emoji_right_to_left_text_and_html_are_kept_exactly() {
        var text = "🎬 <script>alert('x')</script> <b>bold</b> مدير في مكتب حديث — מנהל 👩‍💻 & \"quotes\"";

        var saved = prompts.save(campaignId, cardId, VersionDraft.text(text, "✨ note"));

        assertThat(prompts.version(saved.id()).orElseThrow().text()).isEqualTo(text);
        assertThat(prompts.version(saved.id()).orElseThrow().note()).isEqualTo("✨ note");
    }

    @Test
    void an_empty_or_50000_character_prompt_is_refused_with_a_message_and_nothing_is_saved() {
        assertThatThrownBy(() -> prompts.save(campaignId, cardId, VersionDraft.text("   ", "")))
                .isInstanceOf(PromptInputException.class).hasMessage("Write a prompt first: it is empty.")
                .extracting(e -> ((PromptInputException) e).field()).isEqualTo(PromptService.FIELD_TEXT);
        assertThatThrownBy(() -> prompts.save(campaignId, cardId, VersionDraft.text("x".repeat(50_000), "")))
                .isInstanceOf(PromptInputException.class)
                .hasMessage("The text has 50,000 characters; the limit is 10,000. Shorten it by 40,000 characters.");

        assertThat(prompts.card(campaignId, cardId).orElseThrow().latest()).isNull();
        var atTheLimit = prompts.save(campaignId, cardId, VersionDraft.text("y".repeat(10_000), ""));
        assertThat(atTheLimit.text()).hasSize(10_000);
    }

    @Test
    void search_finds_the_latest_version_of_each_card_only() {
        var marker = "zebra" + cardId;
        prompts.save(campaignId, cardId, VersionDraft.text("An old " + marker + " idea", ""));
        prompts.save(campaignId, cardId, VersionDraft.text("A new idea without it", ""));
        var otherCard = cards.newCard(campaignId, "Other card");
        prompts.save(campaignId, otherCard, VersionDraft.text("A " + marker.toUpperCase() + " in 100% style", ""));

        var hits = prompts.search(marker, PageRequest.of(0, 10)).getContent();

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.cardId()).isEqualTo(otherCard);
            assertThat(hit.campaignName()).isEqualTo("Spring Launch: Northwind Analytics 3.0");
        });
        assertThat(prompts.search("100%", PageRequest.of(0, 10)).getContent()).extracting(PromptSearchHit::cardId)
                .contains(otherCard);
        assertThat(prompts.search("_", PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void a_reviewer_cannot_save_restore_or_make_variants() {
        var saved = prompts.save(campaignId, cardId, VersionDraft.text("Creator's prompt.", ""));
        signIn.as(DemoLogins.REVIEWER);

        assertThatThrownBy(() -> prompts.save(campaignId, cardId, VersionDraft.text("Reviewer's edit", "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> prompts.restore(saved.id(), "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> prompts.variants(saved.id(), List.of("Animated"), List.of(), ""))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(prompts.history(campaignId, cardId, PageRequest.of(0, 10)).getContent()).singleElement()
                .extracting(PromptVersion::text).isEqualTo("Creator's prompt.");
    }

    @Test
    void another_workspaces_campaign_and_versions_are_not_found() {
        var saved = prompts.save(campaignId, cardId, VersionDraft.text("Northwind's secret prompt.", ""));
        var contoso = secondWorkspace.create("Contoso " + cardId, "creator" + cardId + "@contoso.example",
                Roles.CREATOR, "Contoso launch");
        signIn.as(contoso.memberEmail(), SecondWorkspace.PASSWORD);

        assertThat(prompts.card(campaignId, cardId)).isEmpty();
        assertThat(prompts.version(saved.id())).isEmpty();
        assertThat(prompts.search("secret", PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThatThrownBy(() -> prompts.save(campaignId, cardId, VersionDraft.text("Contoso writes here", "")))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> prompts.restore(saved.id(), "")).isInstanceOf(NoSuchElementException.class);
        var contosoCard = cards.newCard(contoso.campaignId(), "Contoso card");
        assertThat(prompts.card(contoso.campaignId(), cardId)).as("a Northwind card id under Contoso's campaign").isEmpty();
        assertThat(prompts.card(contoso.campaignId(), contosoCard)).hasValueSatisfying(c -> {
            assertThat(c.campaignName()).isEqualTo("Contoso launch");
            assertThat(c.latest()).isNull();
        });
    }

    @Test
    void lint_uses_the_durations_it_is_given() {
        var text = "A 45-year-old managing director explains software features in a modern office, medium shot.";

        assertThat(prompts.lint(text, 10, List.of(5, 10))).isEmpty();
        assertThat(prompts.lint(text, 10, PromptService.DEFAULT_DURATIONS)).extracting(LintWarning::kind)
                .containsExactly(LintWarning.Kind.DURATION_NOT_ALLOWED);
    }

    @Test
    void the_version_row_has_no_setters() {
        assertThat(PromptRevision.class.getMethods()).extracting(java.lang.reflect.Method::getName)
                .noneMatch(name -> name.startsWith("set"));
    }
}
