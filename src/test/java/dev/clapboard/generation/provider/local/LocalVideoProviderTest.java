package dev.clapboard.generation.provider.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.generation.provider.JobStatus;
import dev.clapboard.generation.provider.OutputVariant;
import dev.clapboard.generation.provider.ProviderException;
import dev.clapboard.generation.provider.VideoRequest;
import dev.clapboard.generation.provider.VideoSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalVideoProviderTest {

    @TempDir
    Path dir;

    private final LocalVideoProvider provider = new LocalVideoProvider();

    @AfterEach
    void stop() {
        provider.stop();
    }

    @Test
    void a_submitted_job_runs_to_success_and_its_outputs_download() throws Exception {
        var id = provider.submit(request(new VideoSize(640, 360), 4));

        var status = awaitFinal(id);

        assertThat(status.state()).isEqualTo(JobStatus.State.SUCCEEDED);
        assertThat(status.progressPercent()).isEqualTo(100);
        provider.download(id, OutputVariant.VIDEO, dir.resolve("v.mp4"));
        provider.download(id, OutputVariant.THUMBNAIL, dir.resolve("t.jpg"));
        assertThat(Files.size(dir.resolve("v.mp4"))).isGreaterThan(10_000);
        assertThat(Files.readAllBytes(dir.resolve("v.mp4"))).as("an MP4 box header").containsSubsequence("ftyp".getBytes());
        assertThat(Files.size(dir.resolve("t.jpg"))).isGreaterThan(1_000);
    }

    @Test
    void a_duration_or_size_the_model_does_not_make_is_refused_with_the_choices() {
        assertThatThrownBy(() -> provider.submit(request(new VideoSize(640, 360), 5)))
                .isInstanceOf(ProviderException.class).hasMessageContaining("does not make 5 s videos")
                .hasMessageContaining("4 s, 8 s, 12 s")
                .satisfies(e -> assertThat(((ProviderException) e).retryable()).isFalse());
        assertThatThrownBy(() -> provider.submit(request(new VideoSize(333, 222), 4)))
                .isInstanceOf(ProviderException.class).hasMessageContaining("does not make 333x222");
    }

    @Test
    void a_cancelled_job_ends_cancelled_and_has_no_output() {
        var first = provider.submit(request(new VideoSize(1280, 720), 12));
        var queued = provider.submit(request(new VideoSize(1280, 720), 12));

        provider.cancel(queued);

        assertThat(provider.status(queued).state()).isEqualTo(JobStatus.State.CANCELLED);
        assertThatThrownBy(() -> provider.download(queued, OutputVariant.VIDEO, dir.resolve("x.mp4")))
                .isInstanceOf(ProviderException.class);
        provider.cancel(first);
    }

    @Test
    void an_unknown_job_is_reported_as_such() {
        assertThatThrownBy(() -> provider.status("nope")).isInstanceOf(ProviderException.class)
                .hasMessageContaining("no job nope");
    }

    private static VideoRequest request(VideoSize size, int seconds) {
        return new VideoRequest(LocalVideoProvider.MODEL, "A ball bounces in a cinematic office", size, seconds,
                "cinematic", "Test shot", 1, null);
    }

    private JobStatus awaitFinal(String id) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofMinutes(2));
        var status = provider.status(id);
        while (!status.state().isFinal() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            status = provider.status(id);
        }
        return status;
    }
}
