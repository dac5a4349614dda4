package dev.clapboard.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.campaign.CampaignService;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.security.Roles;
import dev.clapboard.support.AwaitGenerations;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** "New version from this output": a remix keeps every setting but the prompt and remembers where it came from. */
@ClapboardTest
class GenerationLineageTest {

    @Autowired
    GenerationService generations;
    @Autowired
    CampaignService campaigns;
    @Autowired
    AwaitGenerations await;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private GenerationSummary finishedVideo() throws InterruptedException {
        signIn.as(DemoLogins.CREATOR);
        var campaignId = campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
        var queued = generations.request(new GenerationOrder(campaignId, null, null, "A red kite over green hills",
                "Kite", "local", "storyboard-1", new VideoSize(640, 360), 4, 1, "animated")).getFirst();
        return await.ended(queued.id());
    }

    @Test
    void a_remix_on_the_local_renderer_is_a_new_video_of_the_new_prompt_with_the_same_settings_and_its_lineage()
            throws Exception {
        var original = finishedVideo();

        var remix = await.ended(generations.remix(original.id(), "A blue kite over snowy hills").id());
        var again = await.ended(generations.remix(remix.id(), "A blue kite at night").id());

        assertThat(remix.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(remix.remixedFromId()).isEqualTo(original.id());
        assertThat(remix.promptText()).isEqualTo("A blue kite over snowy hills");
        assertThat(remix).extracting(GenerationSummary::campaignId, GenerationSummary::providerId,
                GenerationSummary::model, GenerationSummary::size, GenerationSummary::durationSeconds,
                GenerationSummary::style).containsExactly(original.campaignId(), "local", "storyboard-1", "640x360", 4,
                "animated");
        assertThat(remix.videoMediaId()).isNotEqualTo(original.videoMediaId());
        assertThat(generations.versions(original.id())).extracting(GenerationSummary::id)
                .containsExactly(again.id(), remix.id(), original.id());
        assertThat(generations.versions(again.id())).extracting(GenerationSummary::id)
                .containsExactly(again.id(), remix.id(), original.id());
        assertThat(original.framesPerSecond()).as("the local renderer writes 24 fps").isEqualTo(24);
    }

    @Test
    void a_reviewer_cannot_remix_and_an_empty_prompt_or_an_unfinished_source_is_refused() throws Exception {
        var original = finishedVideo();
        var before = generations.page(original.campaignId(), Set.of(), PageRequest.of(0, 1)).getTotalElements();

        signIn.as(DemoLogins.REVIEWER);
        assertThatThrownBy(() -> generations.remix(original.id(), "Another kite"))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoLogins.CREATOR);
        assertThatThrownBy(() -> generations.remix(original.id(), "   "))
                .isInstanceOf(GenerationRefusedException.class)
                .hasMessage("The prompt is empty: write or pick a prompt version first.");
        assertThatThrownBy(() -> generations.remix(original.id(), "x".repeat(GenerationOrder.MAX_PROMPT_LENGTH + 1)))
                .isInstanceOf(GenerationRefusedException.class).hasMessageContaining("at most 10000");
        var running = generations.remix(original.id(), "A kite in fog");
        assertThatThrownBy(() -> generations.remix(running.id(), "Too soon"))
                .isInstanceOf(GenerationRefusedException.class)
                .hasMessage("Only a finished video can be made again with a new prompt.");
        await.ended(running.id());
        assertThat(generations.page(original.campaignId(), Set.of(), PageRequest.of(0, 1)).getTotalElements())
                .isEqualTo(before + 1);
    }

    @Test
    void a_member_of_another_workspace_cannot_remix_or_see_the_versions() throws Exception {
        var original = finishedVideo();
        var other = secondWorkspace.create("Remix Outsiders", "remo.outsider@contoso.example", Roles.CREATOR,
                "Their remix campaign");
        signIn.as(other.memberEmail(), SecondWorkspace.PASSWORD);

        assertThatThrownBy(() -> generations.remix(original.id(), "Their kite"))
                .isInstanceOf(GenerationRefusedException.class)
                .hasMessage("Generation " + original.id() + " was not found.");
        assertThat(generations.versions(original.id())).isEmpty();
        assertThat(generations.page(other.campaignId(), Set.of(), PageRequest.of(0, 5))).isEmpty();
    }
}
