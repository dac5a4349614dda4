package dev.clapboard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.generation.media.MediaLibrary;
import dev.clapboard.review.ReviewableVideos;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The exported file is probed like a publisher would: the label's corner looks different from the original, the
 * other corners do not, the audio is still there and the container's metadata names the generation.
 */
@ClapboardTest
class LabelledExportTest {

    /** Frames are compared after a lossy re-encode: corners without the label stay within this mean difference. */
    private static final double SAME = 6;
    /** The label's corner differs by far more (white text on a dark box). */
    private static final double LABELLED = 25;

    @Autowired
    PublishingExports exports;
    @Autowired
    ReviewableVideos videos;
    @Autowired
    MediaLibrary media;
    @Autowired
    SignIn signIn;
    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        signIn.as(DemoLogins.ADMIN);
        exports.saveLabelStyle(LabelStyle.DEFAULT);
        SignIn.out();
    }

    @Test
    void the_default_label_is_burned_in_bottom_right_in_english_and_the_metadata_holds_the_provenance() throws Exception {
        signIn.as(DemoLogins.MANAGER);
        var video = videos.newVideo("Export default label");

        var export = exports.export(video.id());

        assertThat(export.labelText()).isEqualTo("AI-generated");
        assertThat(export.position()).isEqualTo(LabelPosition.BOTTOM_RIGHT);
        assertThat(exports.exports(video.id())).containsExactly(export);
        var original = frame(copy(video.videoMediaId(), "original.mp4"), 30);
        var labelled = copy(export.mediaId(), "labelled.mp4");
        var copyFrame = frame(labelled, 30);
        assertThat(cornerDifference(original, copyFrame, LabelPosition.BOTTOM_RIGHT)).isGreaterThan(LABELLED);
        assertThat(cornerDifference(original, copyFrame, LabelPosition.BOTTOM_LEFT)).isLessThan(SAME);
        assertThat(cornerDifference(original, copyFrame, LabelPosition.TOP_LEFT)).isLessThan(SAME);
        assertThat(cornerDifference(original, copyFrame, LabelPosition.TOP_RIGHT)).isLessThan(SAME);
        try (var grabber = new FFmpegFrameGrabber(labelled.toFile())) {
            grabber.start();
            assertThat(grabber.getMetadata().get("comment"))
                    .contains("\"generationId\" : " + video.id())
                    .contains("\"format\" : \"clapboard-provenance/1\"")
                    .contains("\"aiGenerated\" : true");
            assertThat(grabber.getAudioChannels()).isPositive();
            assertThat(grabber.getLengthInTime()).isBetween(3_500_000L, 4_500_000L);
        }
    }

    @Test
    void a_german_workspace_label_at_the_top_left_reads_ki_generiert_there() throws Exception {
        signIn.as(DemoLogins.ADMIN);
        exports.saveLabelStyle(new LabelStyle(LabelLanguage.DE, null, LabelPosition.TOP_LEFT));
        signIn.as(DemoLogins.MANAGER);
        var video = videos.newVideo("Export German label");

        var export = exports.export(video.id());

        assertThat(export.labelText()).isEqualTo("KI-generiert");
        var original = frame(copy(video.videoMediaId(), "original.mp4"), 30);
        var labelled = frame(copy(export.mediaId(), "labelled.mp4"), 30);
        assertThat(cornerDifference(original, labelled, LabelPosition.TOP_LEFT)).isGreaterThan(LABELLED);
        assertThat(cornerDifference(original, labelled, LabelPosition.BOTTOM_RIGHT)).isLessThan(SAME);
    }

    @Test
    void an_own_wording_replaces_the_default_and_a_too_long_one_is_refused_at_the_field() {
        signIn.as(DemoLogins.ADMIN);
        assertThat(exports.saveLabelStyle(new LabelStyle(LabelLanguage.EN, "  Made with AI ", LabelPosition.BOTTOM_LEFT))
                .text()).isEqualTo("Made with AI");

        assertThatThrownBy(() -> exports.saveLabelStyle(new LabelStyle(LabelLanguage.EN, "x".repeat(41),
                LabelPosition.BOTTOM_LEFT)))
                .isInstanceOfSatisfying(ExportRefusedException.class, e -> assertThat(e.field()).isEqualTo("wording"))
                .hasMessage("Keep the label to 40 characters; this one has 41.");
        assertThat(exports.labelStyle()).isEqualTo(new LabelStyle(LabelLanguage.EN, "Made with AI",
                LabelPosition.BOTTOM_LEFT));
    }

    @Test
    void creators_cannot_export_and_managers_cannot_change_the_label() throws Exception {
        signIn.as(DemoLogins.CREATOR);
        var video = videos.request("Export refused");

        assertThatThrownBy(() -> exports.export(video.id())).isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoLogins.MANAGER);
        assertThatThrownBy(() -> exports.saveLabelStyle(LabelStyle.DEFAULT)).isInstanceOf(AccessDeniedException.class);
        assertThat(exports.exports(video.id())).isEmpty();
    }

    private Path copy(Long mediaId, String name) throws Exception {
        var target = dir.resolve(name);
        try (var in = media.open(mediaId).orElseThrow().content().getInputStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static BufferedImage frame(Path video, int index) throws Exception {
        try (var grabber = new FFmpegFrameGrabber(video.toFile()); var converter = new Java2DFrameConverter()) {
            grabber.start();
            for (int i = 0; i < index; i++) {
                grabber.grabImage();
            }
            var image = converter.convert(grabber.grabImage());
            var copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            copy.getGraphics().drawImage(image, 0, 0, null);
            return copy;
        }
    }

    /** Mean absolute difference per colour channel over a quarter-width, fifth-height region in the corner. */
    static double cornerDifference(BufferedImage a, BufferedImage b, LabelPosition corner) {
        int w = a.getWidth() / 4;
        int h = a.getHeight() / 5;
        int x0 = corner.left() ? 0 : a.getWidth() - w;
        int y0 = corner.top() ? 0 : a.getHeight() - h;
        long sum = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
                }
            }
        }
        return sum / (3.0 * w * h);
    }
}
