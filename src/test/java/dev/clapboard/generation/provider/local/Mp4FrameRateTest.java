package dev.clapboard.generation.provider.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.generation.media.Mp4FrameRate;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frame rate is read from the MP4 itself, as the review player counts frames by it. */
class Mp4FrameRateTest {

    @TempDir
    Path dir;

    @Test
    void the_rate_an_mp4_declares_is_read_back_for_24_25_and_30_fps() {
        var renderer = new StoryboardRenderer();
        for (int fps : new int[] {24, 25, 30}) {
            var video = dir.resolve(fps + ".mp4");
            renderer.render(new RenderSpec(320, 180, 1, fps, Look.CINEMATIC, "Rate", "A clock ticking", 7), video,
                    dir.resolve(fps + ".jpg"), percent -> { });

            assertThat(Mp4FrameRate.of(video)).as(fps + " fps").contains(fps);
        }
    }

    @Test
    void a_file_that_is_not_an_mp4_has_no_rate() throws Exception {
        var notVideo = Files.writeString(dir.resolve("page.html"), "<html>not a video</html>");
        var empty = Files.write(dir.resolve("empty.mp4"), new byte[0]);

        assertThat(Mp4FrameRate.of(notVideo)).isEmpty();
        assertThat(Mp4FrameRate.of(empty)).isEmpty();
        assertThat(Mp4FrameRate.of(dir.resolve("missing.mp4"))).isEmpty();
    }
}
