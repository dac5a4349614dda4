package dev.clapboard.generation.ui;

import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static dev.clapboard.support.UploadSamples.cut;
import static dev.clapboard.support.UploadSamples.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationRefusedException;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.UploadSamples;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad-input corpus for the first-frame image of the generate dialog: the upload field says at once why a file
 * cannot be a first frame, and the generation service refuses the same file with the same message without
 * queuing a generation or storing a media file.
 */
class FirstFrameCorpusTest extends KaribuTest {

    record Bad(String what, String fileName, byte[] content, String message) {
        @Override
        public String toString() {
            return what + " as " + fileName;
        }
    }

    private static final String NOT_AN_IMAGE = "The image reference must be a PNG or JPEG image.";
    private static final String UNREADABLE = "The image reference could not be read as an image.";
    private static final String TOO_LARGE = "The image is larger than 4096×4096 pixels; use a smaller one.";

    @Autowired
    GenerationService generations;
    @Autowired
    CampaignService campaigns;
    @Autowired
    JdbcTemplate jdbc;

    long campaignId;

    @BeforeEach
    void signInAsCreator() {
        signIn(DemoLogins.CREATOR);
        campaignId = campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
    }

    static Stream<Bad> bad() {
        var png = UploadSamples.png(64, 48);
        var jpeg = UploadSamples.jpeg(64, 48);
        return Stream.of(
                new Bad("a Windows executable", "frame.png", UploadSamples.EXE, NOT_AN_IMAGE),
                new Bad("an HTML page with a script", "frame.png", UploadSamples.HTML, NOT_AN_IMAGE),
                new Bad("an SVG with an onload script", "frame.png", UploadSamples.SVG, NOT_AN_IMAGE),
                new Bad("a zip bomb", "frame.jpg", UploadSamples.zipOfZeros(8 << 20), NOT_AN_IMAGE),
                new Bad("a PDF", "frame.jpg", UploadSamples.PDF, NOT_AN_IMAGE),
                new Bad("an MP4 video", "frame.png", UploadSamples.mp4(), NOT_AN_IMAGE),
                new Bad("a WebP image", "frame.png", UploadSamples.webpDeclaring(640, 480), NOT_AN_IMAGE),
                new Bad("an empty file", "frame.png", new byte[0], "The image file is empty; upload a PNG or JPEG."),
                new Bad("half a PNG", "frame.png", cut(png, 0.5), UNREADABLE),
                new Bad("a PNG cut inside its header", "frame.png", cut(png, 0.1), UNREADABLE),
                new Bad("half a JPEG", "frame.jpg", cut(jpeg, 0.5),
                        "The image is incomplete (the upload was cut off); upload it again."),
                new Bad("a PNG declaring 50,000×50,000 pixels", "bomb.png", UploadSamples.pngDeclaring(50_000, 50_000),
                        TOO_LARGE),
                new Bad("a PNG declaring 4097×1 pixels", "wide.png", UploadSamples.pngDeclaring(4097, 1), TOO_LARGE),
                new Bad("a JPEG declaring 60,000×60,000 pixels", "bomb.jpg", UploadSamples.jpegDeclaring(60_000, 60_000),
                        TOO_LARGE),
                new Bad("a PNG declaring 0×0 pixels", "empty.png", UploadSamples.pngDeclaring(0, 0), UNREADABLE),
                new Bad("a PNG signature followed by HTML", "frame.png",
                        join(Arrays.copyOf(png, 33), UploadSamples.HTML), UNREADABLE),
                new Bad("a file over 50 MB", "huge.png", join(png, new byte[GenerationOrder.MAX_IMAGE_BYTES]),
                        "The image is larger than 50 MB; use a smaller one."));
    }

    @ParameterizedTest(name = "{0} is refused at the upload and by the service, and nothing is queued")
    @MethodSource("bad")
    void a_bad_first_frame_is_refused_at_the_upload_and_by_the_service(Bad bad) {
        var field = new FirstFrameUpload();
        UI.getCurrent().add(field);

        _upload(field.upload, bad.fileName(), "image/png", bad.content());

        assertThat(field.status.getText()).isEqualTo(bad.fileName() + ": " + bad.message());
        assertThat(field.image()).isNull();

        var generationsBefore = rows("generation");
        var mediaBefore = rows("media_file");
        assertThatThrownBy(() -> generations.request(order(bad.content())))
                .isInstanceOf(GenerationRefusedException.class).hasMessage(bad.message());
        assertThat(rows("generation")).isEqualTo(generationsBefore);
        assertThat(rows("media_file")).isEqualTo(mediaBefore);
    }

    @Test
    void a_file_the_browser_rejects_for_its_size_is_named_with_the_limit() {
        var field = new FirstFrameUpload();
        UI.getCurrent().add(field);

        ComponentUtil.fireEvent(field.upload, new FileRejectedEvent(field.upload, "File is too big.", "huge.png"));

        assertThat(field.status.getText()).isEqualTo("File is too big. Use a PNG or JPEG of at most 50 MB.");
    }

    @Test
    void a_whole_image_is_kept_for_the_request() {
        var field = new FirstFrameUpload();
        UI.getCurrent().add(field);
        var jpeg = UploadSamples.jpeg(320, 180);

        _upload(field.upload, "frame.jpg", "image/jpeg", jpeg);

        assertThat(field.status.getText()).isEqualTo("frame.jpg will be the first frame.");
        assertThat(field.image()).isEqualTo(jpeg);
    }

    private GenerationOrder order(byte[] image) {
        return new GenerationOrder(campaignId, null, null, "A red product backdrop with a bouncing ball", "Shot",
                "local", "storyboard-1", new VideoSize(640, 360), 4, 1, "photorealistic", image);
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
