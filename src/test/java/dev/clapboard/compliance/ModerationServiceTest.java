package dev.clapboard.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationRefusedException;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Moderation on real generation requests: refused before anything is stored, held prompts released by a manager. */
@ClapboardTest
@RecordApplicationEvents
class ModerationServiceTest {

    @Autowired
    GenerationService generations;
    @Autowired
    ModerationService moderation;
    @Autowired
    Consents consents;
    @Autowired
    SignIn signIn;
    @Autowired
    ApplicationEvents events;
    @Autowired
    dev.clapboard.support.AwaitGenerations await;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void request(String prompt) throws InterruptedException {
        var made = generations.request(new GenerationOrder(consents.demoCampaignId(), null, null, prompt, "Moderated", "local",
                "storyboard-1", new VideoSize(640, 360), 4, 1, "animated"));
        await.allEnded(made.stream().map(g -> g.id()).toList()); // nothing keeps rendering into the next test
    }

    private long count() {
        return generations.page(consents.demoCampaignId(), java.util.Set.of(), PageRequest.of(0, 1)).getTotalElements();
    }

    @Test
    void a_public_figure_is_blocked_with_the_reason_before_anything_is_stored() throws Exception {
        signIn.as(DemoLogins.CREATOR);
        var before = count();

        assertThatThrownBy(() -> request("Angela Merkle unboxes our tablet"))
                .isInstanceOf(GenerationRefusedException.class)
                .hasMessageContaining("Moderation blocked this prompt")
                .hasMessageContaining("Angela Merkel, a public figure");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_held_prompt_waits_for_a_manager_and_goes_through_once_released() throws Exception {
        signIn.as(DemoLogins.CREATOR);
        var prompt = "A knight in armour, a bloodbath on the castle steps " + System.nanoTime();
        assertThatThrownBy(() -> request(prompt)).isInstanceOf(GenerationRefusedException.class)
                .hasMessageContaining("needs a manager's review").hasMessageContaining("bloodbath");
        assertThatThrownBy(() -> moderation.cases(false, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoLogins.MANAGER);
        var held = moderation.cases(false, PageRequest.of(0, 50)).stream().filter(c -> c.promptText().equals(prompt))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> moderation.release(held.id(), " ")).isInstanceOf(ComplianceRefusedException.class);
        moderation.release(held.id(), "Medieval drama for the museum campaign, no gore shown");

        assertThat(events.stream(ModerationReleased.class)).anySatisfy(e -> {
            assertThat(e.caseId()).isEqualTo(held.id());
            assertThat(e.reason()).contains("bloodbath");
            assertThat(e.note()).contains("museum");
        });
        signIn.as(DemoLogins.CREATOR);
        var before = count();
        request(prompt);
        assertThat(count()).isEqualTo(before + 1);
        assertThatThrownBy(() -> request(prompt + " again")).isInstanceOf(GenerationRefusedException.class);
    }

    @Test
    void a_name_an_admin_adds_is_blocked_in_that_workspace() throws Exception {
        signIn.as(DemoLogins.ADMIN);
        moderation.addFigure("Hubertus Quenzel");
        assertThatThrownBy(() -> moderation.addFigure("hubertus  quenzel"))
                .isInstanceOf(ComplianceRefusedException.class).hasMessageContaining("already on the list");

        signIn.as(DemoLogins.CREATOR);
        assertThatThrownBy(() -> request("Hubertus Quenzl cuts the ribbon")).isInstanceOf(GenerationRefusedException.class)
                .hasMessageContaining("Hubertus Quenzel");
    }
}
