package dev.clapboard.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.campaign.CampaignService;
import dev.clapboard.generation.media.MediaLibrary;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.AwaitGenerations;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.EmbeddedPostgresDatabase;
import dev.clapboard.support.SignIn;
import dev.clapboard.workspace.QuotaService;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A generation end to end on a real PostgreSQL: queue, local renderer, media store, events. */
@ClapboardTest
@Import(GenerationEngineTest.Events.class)
class GenerationEngineTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

    @TestConfiguration
    static class Events {
        final List<Object> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void on(GenerationRequested event) {
            seen.add(event);
        }

        @EventListener
        void on(GenerationSucceeded event) {
            seen.add(event);
        }

        @EventListener
        void on(GenerationFailed event) {
            seen.add(event);
        }
    }

    @Autowired
    GenerationService generations;
    @Autowired
    AwaitGenerations await;
    @Autowired
    CampaignService campaigns;
    @Autowired
    MediaLibrary media;
    @Autowired
    SignIn signIn;
    @Autowired
    Events events;
    @Autowired
    QuotaService quota;

    long campaignId;

    @BeforeEach
    void demoCampaign() {
        signIn.as(DemoLogins.CREATOR);
        campaignId = campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void three_variants_all_succeed_with_their_videos_stored_and_events_published() throws Exception {
        var usedBefore = quota.remaining().member().usedSeconds();
        var requested = generations.request(order(3, 4));
        assertThat(quota.remaining().member().reservedSeconds()).as("held while running").isGreaterThanOrEqualTo(12);

        assertThat(requested).hasSize(3).allSatisfy(g -> assertThat(g.status()).isEqualTo(GenerationStatus.QUEUED));
        var done = await.allEnded(requested.stream().map(GenerationSummary::id).toList());

        assertThat(done).allSatisfy(g -> {
            assertThat(g.status()).isEqualTo(GenerationStatus.SUCCEEDED);
            assertThat(g.progressPercent()).isEqualTo(100);
            assertThat(g.videoMediaId()).isNotNull();
            assertThat(g.thumbnailMediaId()).isNotNull();
        });
        for (var g : done) {
            var video = media.open(g.videoMediaId()).orElseThrow();
            var bytes = video.content().getContentAsByteArray();
            assertThat(video.media().contentType()).isEqualTo("video/mp4");
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                    .isEqualTo(video.media().sha256());
        }
        assertThat(done).extracting(GenerationSummary::videoMediaId).doesNotHaveDuplicates();
        assertThat(events.seen).filteredOn(GenerationRequested.class::isInstance).hasSize(1);
        assertThat(events.seen).filteredOn(e -> e instanceof GenerationSucceeded s
                && done.stream().anyMatch(g -> g.id() == s.generationId())).hasSize(3);
        assertThat(generations.page(campaignId, Set.of(GenerationStatus.SUCCEEDED), PageRequest.of(0, 10))
                .getTotalElements()).isGreaterThanOrEqualTo(3);
        assertThat(quota.remaining().member().usedSeconds()).as("quota consumed").isEqualTo(usedBefore + 12);
    }

    @Test
    void settings_the_provider_does_not_support_are_refused_before_anything_is_queued() {
        var before = generations.page(campaignId, Set.of(), PageRequest.of(0, 1)).getTotalElements();

        assertThatThrownBy(() -> generations.request(order(1, 5))).isInstanceOf(GenerationRefusedException.class)
                .hasMessageContaining("does not make 5 s videos");
        assertThatThrownBy(() -> generations.request(order(0, 4))).hasMessage("Ask for 1 to 8 variants.");
        assertThatThrownBy(() -> generations.request(order(100, 4))).hasMessage("Ask for 1 to 8 variants.");

        assertThat(generations.page(campaignId, Set.of(), PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
    }

    @Test
    void a_reviewer_cannot_ask_for_a_generation() {
        signIn.as(DemoLogins.REVIEWER);

        assertThatThrownBy(() -> generations.request(order(1, 4))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_estimate_names_price_and_wait_before_anything_is_spent() {
        var estimate = generations.estimate(order(2, 8));

        assertThat(estimate.providerPrice().amount()).isEqualByComparingTo("0");
        assertThat(estimate.expectedWait()).isPositive();
    }

    private GenerationOrder order(int variants, int seconds) {
        return new GenerationOrder(campaignId, null, null,
                "A 45-year-old managing director in a modern office explains software features", "Shot 1", "local",
                "storyboard-1", new VideoSize(640, 360), seconds, variants, "cinematic");
    }

}
