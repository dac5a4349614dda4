package dev.clapboard.generation;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.generation.domain.MediaFileRepository;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.security.SystemActor;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.annotation.DirtiesContext;

/** The job queue is durable: a scheduler stopped mid-job leaves the job for the next one, which finishes it once. */
@ClapboardTest
@DirtiesContext
class GenerationRestartTest {

    @Autowired
    GenerationService generations;
    @Autowired
    GenerationRunner runner;
    @Autowired
    CampaignService campaigns;
    @Autowired
    MediaFileRepository mediaFiles;
    @Autowired
    Scheduler scheduler;
    @Autowired
    CustomTask<String> generationJob;
    @Autowired
    DataSource dataSource;
    @Autowired
    SignIn signIn;

    Scheduler restarted;

    @AfterEach
    void cleanUp() {
        SignIn.out();
        if (restarted != null) {
            restarted.stop();
        }
    }

    @Test
    void a_job_interrupted_by_a_stopped_scheduler_completes_exactly_once_after_a_restart() throws Exception {
        var creator = (ClapboardUser) signIn.as(DemoLogins.CREATOR).getPrincipal();
        long workspaceId = creator.workspaceId();
        var campaignId = campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
        var id = generations.request(new GenerationOrder(campaignId, null, null, "A ball bounces in a boardroom",
                "Restart", "local", "storyboard-1", new VideoSize(1280, 720), 12, 1, "photorealistic"))
                .getFirst().id();
        awaitStatus(id, GenerationStatus.RUNNING);

        scheduler.stop();
        var stoppedAt = generations.find(id).orElseThrow();
        assertThat(stoppedAt.status()).isEqualTo(GenerationStatus.RUNNING);

        restarted = Scheduler.create(dataSource, List.of(generationJob)).pollingInterval(Duration.ofMillis(500))
                .threads(2).build();
        restarted.start();
        var done = awaitStatus(id, GenerationStatus.SUCCEEDED);

        assertThat(done.videoMediaId()).isNotNull();
        long filesBefore = SystemActor.callInWorkspace(workspaceId, () -> mediaFiles.count());
        Instant again = runner.step(id);
        assertThat(again).as("a repeated step finds the work done").isNull();
        long filesAfter = SystemActor.callInWorkspace(workspaceId, () -> mediaFiles.count());
        assertThat(filesAfter).isEqualTo(filesBefore);
        assertThat(generations.find(id).orElseThrow().videoMediaId()).isEqualTo(done.videoMediaId());
    }

    private GenerationSummary awaitStatus(long id, GenerationStatus wanted) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            var current = generations.find(id).orElseThrow();
            if (current.status() == wanted) {
                return current;
            }
            assertThat(current.status().isFinal()).as("ended as %s: %s", current.status(), current.failureReason())
                    .isFalse();
            Thread.sleep(100);
        }
        throw new AssertionError("Generation " + id + " never reached " + wanted);
    }
}
