package dev.clapboard.compliance.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import dev.clapboard.base.ui.NotFoundView;
import dev.clapboard.compliance.Consents;
import dev.clapboard.compliance.ModerationService;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationRefusedException;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class ModerationViewTest extends KaribuTest {

    @Autowired
    GenerationService generations;
    @Autowired
    ModerationService moderation;
    @Autowired
    Consents consents;
    @Autowired
    dev.clapboard.support.AwaitGenerations await;

    private GenerationOrder order(String prompt) {
        return new GenerationOrder(consents.demoCampaignId(), null, null, prompt, "Held", "local", "storyboard-1",
                new VideoSize(640, 360), 4, 1, "animated");
    }

    @Test
    void a_manager_releases_a_held_prompt_with_a_reason() throws Exception {
        signIn(DemoLogins.CREATOR);
        var prompt = "A soldier with a rifle guards the gate " + System.nanoTime();
        assertThatThrownBy(() -> generations.request(order(prompt))).isInstanceOf(GenerationRefusedException.class);
        signIn(DemoLogins.MANAGER);
        reload();
        UI.getCurrent().navigate(ModerationView.class);
        var view = _get(ModerationView.class);
        var waiting = _size(view.waiting);
        var held = moderation.cases(false, PageRequest.of(0, 100)).stream().filter(c -> c.promptText().equals(prompt))
                .findFirst().orElseThrow();

        view.release(held);
        var dialog = _get(ReleaseDialog.class);
        _click(dialog.release);
        assertThat(dialog.note.getErrorMessage()).isEqualTo("Say why this prompt is fine (up to 1,000 characters).");
        assertThat(moderation.cases(false, PageRequest.of(0, 100)).stream()).anyMatch(c -> c.id() == held.id());

        _setValue(dialog.note, "Historical re-enactment for the museum; no violence shown");
        _click(dialog.release);
        assertThat(_size(view.waiting)).isEqualTo(waiting - 1);
        assertThat(moderation.cases(true, PageRequest.of(0, 100)).stream()).anyMatch(c -> c.promptText().equals(prompt));
        signIn(DemoLogins.CREATOR);
        var made = generations.request(order(prompt));
        assertThat(made).hasSize(1);
        await.ended(made.getFirst().id()); // no video of this test keeps rendering into the next one
    }

    @Test
    void an_admin_adds_a_public_figure_and_a_manager_only_reads_the_list() {
        signIn(DemoLogins.ADMIN);
        UI.getCurrent().navigate(ModerationView.class);
        var view = _get(ModerationView.class);
        _setValue(view.figureName, " ");
        view.addFigure();
        assertThat(view.figureName.getErrorMessage()).isEqualTo("Give the person's name (up to 200 characters).");
        _setValue(view.figureName, "Waltraud Xaver");
        view.addFigure();
        assertThat(moderation.addedFigures()).anyMatch(f -> f.name().equals("Waltraud Xaver"));

        signIn(DemoLogins.MANAGER);
        reload();
        UI.getCurrent().navigate(ModerationView.class);
        assertThat(_get(ModerationView.class).figureName.isVisible()).isFalse();
        assertThat(_get(ModerationView.class).addFigure.isVisible()).isFalse();
    }

    @Test
    void creators_and_reviewers_cannot_open_moderation() {
        signIn(DemoLogins.CREATOR);
        openUrl("moderation");
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
        signIn(DemoLogins.REVIEWER);
        reload();
        openUrl("moderation");
        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
    }
}
