package dev.clapboard.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.security.Roles;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ClapboardTest
class TemplateServiceTest {

    @Autowired
    TemplateService templates;
    @Autowired
    SignIn signIn;
    @Autowired
    SecondWorkspace secondWorkspace;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void every_member_reads_the_built_ins_first_then_the_workspace_templates() {
        signIn.as(DemoLogins.CREATOR);
        var marker = "Quokka" + System.nanoTime();
        var created = templates.create(new TemplateDraft(marker + " teaser", TemplateCategory.SOCIAL_TEASER,
                "Short teaser", "A {animal} waves at {audience}, close-up, {duration} seconds.", "A quokka waves."));
        signIn.as(DemoLogins.REVIEWER);

        var all = templates.catalogue("", 0, 500);
        assertThat(all.subList(0, BuiltInTemplates.ALL.size())).isEqualTo(BuiltInTemplates.ALL);
        assertThat(all).contains(created);
        assertThat(templates.count("")).isEqualTo(all.size());
        assertThat(templates.catalogue(marker.toLowerCase(), 0, 50)).containsExactly(created);
        assertThat(templates.catalogue("explainer", 0, 50)).extracting(PromptTemplate::name)
                .contains("Explainer in three steps");
        assertThat(templates.find(created.key())).contains(created);
        assertThat(created.placeholders()).containsExactly("animal", "audience", "duration");
    }

    @Test
    void windows_that_straddle_built_ins_and_workspace_rows_have_no_gaps_or_repeats() {
        signIn.as(DemoLogins.CREATOR);
        for (int i = 0; i < 3; i++) {
            templates.create(new TemplateDraft("Window " + i, TemplateCategory.EXPLAINER, "", "Body " + i, ""));
        }
        var all = templates.catalogue("", 0, 1000);

        var stitched = new java.util.ArrayList<PromptTemplate>();
        for (int offset = 0; offset < all.size(); offset += 4) {
            stitched.addAll(templates.catalogue("", offset, 4));
        }
        assertThat(stitched).isEqualTo(all);
    }

    @Test
    void a_creator_edits_a_workspace_template_but_built_ins_are_read_only_and_copied_instead() {
        signIn.as(DemoLogins.CREATOR);
        var builtIn = BuiltInTemplates.ALL.getFirst();

        assertThatThrownBy(() -> templates.update(builtIn.key(), new TemplateDraft("Mine", builtIn.category(), "",
                "x", ""))).isInstanceOf(PromptInputException.class).hasMessageContaining("read-only");
        var copy = templates.copyToWorkspace(builtIn.key());
        var changed = templates.update(copy.key(), new TemplateDraft("Our product shot", builtIn.category(),
                copy.description(), copy.body() + " Always end on the logo.", copy.exampleOutput()));

        assertThat(copy.builtIn()).isFalse();
        assertThat(copy.name()).isEqualTo(builtIn.name() + " (copy)");
        assertThat(changed.name()).isEqualTo("Our product shot");
        assertThat(templates.find(builtIn.key())).contains(builtIn);
        assertThat(templates.find(copy.key()).orElseThrow().body()).endsWith("Always end on the logo.");
    }

    @Test
    void a_template_with_a_placeholder_syntax_error_or_no_name_is_refused_at_its_field() {
        signIn.as(DemoLogins.CREATOR);
        int before = templates.count("");

        assertThatThrownBy(() -> templates.create(new TemplateDraft("Broken", TemplateCategory.EXPLAINER, "",
                "Show {product to {audience}", ""))).isInstanceOf(PromptInputException.class)
                .hasMessageContaining("never closed")
                .extracting(e -> ((PromptInputException) e).field()).isEqualTo(TemplateService.FIELD_BODY);
        assertThatThrownBy(() -> templates.create(new TemplateDraft(" ", TemplateCategory.EXPLAINER, "", "Body", "")))
                .isInstanceOf(PromptInputException.class).hasMessage("Give the template a name.");
        assertThatThrownBy(() -> templates.create(new TemplateDraft("Huge", TemplateCategory.EXPLAINER, "",
                "x".repeat(50_000), ""))).isInstanceOf(PromptInputException.class).hasMessageContaining("10,000");

        assertThat(templates.count("")).isEqualTo(before);
    }

    @Test
    void a_reviewer_cannot_create_edit_or_copy_templates() {
        signIn.as(DemoLogins.CREATOR);
        var mine = templates.create(new TemplateDraft("Creator's", TemplateCategory.TESTIMONIAL, "", "Body", ""));
        signIn.as(DemoLogins.REVIEWER);

        assertThatThrownBy(() -> templates.create(new TemplateDraft("Reviewer's", TemplateCategory.TESTIMONIAL, "",
                "Body", ""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.update(mine.key(), new TemplateDraft("Renamed", TemplateCategory.TESTIMONIAL,
                "", "Body", ""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.copyToWorkspace(BuiltInTemplates.ALL.getFirst().key()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(templates.find(mine.key()).orElseThrow().name()).isEqualTo("Creator's");
    }

    @Test
    void another_workspace_never_sees_our_templates() {
        signIn.as(DemoLogins.CREATOR);
        var ours = templates.create(new TemplateDraft("Northwind only", TemplateCategory.EXPLAINER, "", "Body", ""));
        var contoso = secondWorkspace.create("Contoso T" + System.nanoTime(), "t" + System.nanoTime()
                + "@contoso.example", Roles.CREATOR, "Contoso launch");
        signIn.as(contoso.memberEmail(), SecondWorkspace.PASSWORD);

        assertThat(templates.find(ours.key())).isEmpty();
        assertThat(templates.catalogue("Northwind only", 0, 50)).isEmpty();
        assertThatThrownBy(() -> templates.update(ours.key(), new TemplateDraft("Stolen", TemplateCategory.EXPLAINER,
                "", "Body", ""))).isInstanceOf(PromptInputException.class);
        assertThat(templates.catalogue("", 0, 50)).hasSize(BuiltInTemplates.ALL.size());
        assertThat(Placeholders.fill(templates.catalogue("", 0, 1).getFirst().body(), Map.of("product", "P",
                "audience", "A", "setting", "S", "duration", "8"))).contains("P").doesNotContain("{");
    }
}
