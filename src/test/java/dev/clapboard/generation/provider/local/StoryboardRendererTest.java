package dev.clapboard.generation.provider.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local renderer's MP4, probed back with FFmpeg the way a player would read it. */
class StoryboardRendererTest {

    @TempDir
    Path dir;

    private final StoryboardRenderer renderer = new StoryboardRenderer();

    @Test
    void renders_a_playable_mp4_of_the_requested_size_and_length_with_sound_and_motion() throws Exception {
        var spec = new RenderSpec(640, 360, 4, 24, Look.CINEMATIC, "Shot 1: Dashboard reveal",
                "A 45-year-old managing director in a modern office explains software features", 42);
        var video = dir.resolve("out.mp4");
        var thumbnail = dir.resolve("thumb.jpg");
        var progress = new ArrayList<Integer>();

        renderer.render(spec, video, thumbnail, progress::add);

        assertThat(progress).last().isEqualTo(100);
        try (var grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            assertThat(grabber.getFormat()).contains("mp4");
            assertThat(grabber.getImageWidth()).isEqualTo(640);
            assertThat(grabber.getImageHeight()).isEqualTo(360);
            assertThat(grabber.getVideoCodecName()).isEqualTo("h264");
            assertThat(grabber.getAudioCodecName()).isEqualTo("aac");
            assertThat(grabber.getAudioChannels()).isEqualTo(2);
            var frameSeconds = 1.0 / 24;
            assertThat(grabber.getLengthInTime() / 1_000_000.0).isCloseTo(4.0, within(frameSeconds + 0.05));

            var images = new ArrayList<BufferedImage>();
            var loudest = 0.0;
            var converter = new Java2DFrameConverter();
            Frame frame;
            while ((frame = grabber.grab()) != null) {
                if (frame.image != null && images.size() < 96) {
                    images.add(copy(converter.convert(frame)));
                }
                if (frame.samples != null) {
                    loudest = Math.max(loudest, peak(frame));
                }
            }
            assertThat(images).hasSizeGreaterThanOrEqualTo(90);
            assertThat(differingPixels(images.get(0), images.get(images.size() / 2))).isGreaterThan(100);
            assertThat(loudest).as("peak audio level (0..1)").isGreaterThan(0.2);
        }
        assertThat(ImageIO.read(thumbnail.toFile()).getWidth()).isEqualTo(640);
    }

    @Test
    void the_same_seed_draws_the_same_frames_and_another_seed_does_not() {
        var spec = new RenderSpec(320, 180, 2, 24, Look.ANIMATED, "Title", "Caption", 7);
        var a = new StoryboardPainter(spec).paint(0.7, new BufferedImage(320, 180, BufferedImage.TYPE_3BYTE_BGR));
        var b = new StoryboardPainter(spec).paint(0.7, new BufferedImage(320, 180, BufferedImage.TYPE_3BYTE_BGR));
        var other = new StoryboardPainter(new RenderSpec(320, 180, 2, 24, Look.ANIMATED, "Title", "Caption", 8))
                .paint(0.7, new BufferedImage(320, 180, BufferedImage.TYPE_3BYTE_BGR));

        assertThat(differingPixels(a, b)).isZero();
        assertThat(differingPixels(a, other)).isGreaterThan(0);
    }

    @Test
    void every_sound_hit_starts_on_the_sample_of_a_bounce() {
        var track = BounceTrack.standard(2.0);
        List<BounceTrack.Impact> impacts = track.impactsUntil(4);
        var withHits = Soundtrack.render(4, impacts, 1);
        var padOnly = Soundtrack.render(4, List.of(), 1);
        var hits = new short[withHits.length];
        for (int i = 0; i < hits.length; i++) {
            hits[i] = (short) (withHits[i] - padOnly[i]);
        }

        var audible = impacts.stream().filter(i -> i.speed() > 0.5).toList();
        assertThat(audible).hasSizeGreaterThan(4);
        for (var impact : audible) {
            assertThat(track.heightAt(impact.time())).isCloseTo(0, within(1e-6));
            var at = (int) Math.round(impact.time() * Soundtrack.SAMPLE_RATE) * Soundtrack.CHANNELS;
            assertThat(energy(hits, at, at + 400)).as("hit at %.3f s", impact.time())
                    .isGreaterThan(20 * energy(hits, at - 400, at));
        }
    }

    private static double energy(short[] samples, int from, int to) {
        var sum = 0.0;
        for (int i = Math.max(0, from); i < to; i++) {
            var s = samples[i] / (double) Short.MAX_VALUE;
            sum += s * s;
        }
        return sum / (to - from);
    }

    private static double peak(Frame frame) {
        var buffer = frame.samples[0];
        var max = 0.0;
        if (buffer instanceof java.nio.FloatBuffer floats) {
            for (int i = 0; i < floats.limit(); i++) {
                max = Math.max(max, Math.abs(floats.get(i)));
            }
        } else if (buffer instanceof ShortBuffer shorts) {
            for (int i = 0; i < shorts.limit(); i++) {
                max = Math.max(max, Math.abs(shorts.get(i) / (double) Short.MAX_VALUE));
            }
        }
        return max;
    }

    private static BufferedImage copy(BufferedImage image) {
        var copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        copy.getGraphics().drawImage(image, 0, 0, null);
        return copy;
    }

    private static long differingPixels(BufferedImage a, BufferedImage b) {
        long count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }
}
