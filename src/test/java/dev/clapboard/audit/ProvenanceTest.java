package dev.clapboard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.clapboard.generation.GenerationService;
import dev.clapboard.review.ReviewService;
import dev.clapboard.review.ReviewableVideos;
import dev.clapboard.review.Verdict;
import dev.clapboard.security.Roles;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import java.time.Duration;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every stored output gets a provenance record; approvals are added; another workspace never sees it. */
@ClapboardTest
class ProvenanceTest {

    @Autowired
    ProvenanceService provenance;
    @Autowired
    PublishingExports exports;
    @Autowired
    GenerationService generations;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewableVideos videos;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_stored_video_gets_a_record_of_its_source_and_approvers_are_added_as_they_approve() throws Exception {
        signIn.as(DemoLogins.CREATOR);
        var video = videos.newVideo("Provenance");

        var record = await().pollInSameThread().atMost(Duration.ofMinutes(1))
                .until(() -> provenance.find(video.id()), java.util.Optional::isPresent).orElseThrow();

        assertThat(record.generationId()).isEqualTo(video.id());
        assertThat(record.campaignId()).isEqualTo(video.campaignId());
        assertThat(record.provider()).isEqualTo("local");
        assertThat(record.model()).isEqualTo("storyboard-1");
        assertThat(record.promptSha256()).isEqualTo(Hashes.sha256(ReviewableVideos.PROMPT));
        assertThat(record.settings()).isEqualTo(new Provenance.Settings("640x360", 4, "animated", 1));
        assertThat(record.requester().name()).isEqualTo("Chloe Carter");
        assertThat(record.media().id()).isEqualTo(video.videoMediaId());
        assertThat(record.media().sha256()).isEqualTo(generations.video(video.id()).orElseThrow().sha256());
        assertThat(record.approvers()).isEmpty();

        signIn.as(DemoLogins.MANAGER);
        reviews.decide(video.id(), Verdict.APPROVE, null);
        var approved = await().pollInSameThread().atMost(Duration.ofMinutes(1))
                .until(() -> provenance.find(video.id()).orElseThrow(), p -> !p.approvers().isEmpty());
        assertThat(approved.approvers()).extracting(Provenance.Person::name).containsExactly("Marco Manning");
        assertThat(provenance.json(video.id()).orElseThrow())
                .contains("\"generationId\" : " + video.id(), "\"promptSha256\" : \"" + record.promptSha256() + "\"",
                        "\"name\" : \"Marco Manning\"", "\"sha256\" : \"" + record.media().sha256() + "\"");
    }

    @Test
    void another_workspace_finds_neither_the_record_nor_the_video_to_export() throws Exception {
        signIn.as(DemoLogins.CREATOR);
        var video = videos.newVideo("Provenance elsewhere");
        await().pollInSameThread().atMost(Duration.ofMinutes(1))
                .until(() -> provenance.find(video.id()).isPresent());
        var other = secondWorkspace.create("Provenance Rivals", "rival-manager@rivals.example", Roles.MANAGER, "Rival");

        signIn.as(other.memberEmail(), SecondWorkspace.PASSWORD);

        assertThat(provenance.find(video.id())).isEmpty();
        assertThat(provenance.json(video.id())).isEmpty();
        assertThat(exports.exports(video.id())).isEmpty();
        assertThatThrownBy(() -> exports.export(video.id())).isInstanceOf(NoSuchElementException.class)
                .hasMessage("There is no generation " + video.id() + " in this workspace.");
    }
}
