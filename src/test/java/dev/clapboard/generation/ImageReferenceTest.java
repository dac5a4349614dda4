package dev.clapboard.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.campaign.CampaignService;
import dev.clapboard.generation.media.MediaLibrary;
import dev.clapboard.generation.provider.VideoSize;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.AwaitGenerations;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.Set;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** A generation can start from an uploaded image; anything that is not a usable image is refused first. */
@ClapboardTest
class ImageReferenceTest {

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

    long campaignId;

    @BeforeEach
    void setUp() {
        signIn.as(DemoLogins.CREATOR);
        campaignId = campaigns.list(PageRequest.of(0, 1)).getContent().getFirst().id();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_video_starts_from_the_uploaded_image() throws Exception {
        var red = image(320, 180, new Color(220, 20, 20), "jpg");

        var id = generations.request(order(red)).getFirst().id();
        var done = await.ended(id);

        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        var video = media.open(done.videoMediaId()).orElseThrow().content();
        var file = Files.createTempFile("first-frame", ".mp4");
        Files.write(file, video.getContentAsByteArray());
        try (var grabber = new FFmpegFrameGrabber(file.toFile()); var converter = new Java2DFrameConverter()) {
            grabber.start();
            var first = converter.convert(grabber.grabImage());
            var pixel = new Color(first.getRGB(first.getWidth() / 10, first.getHeight() / 2));
            assertThat(pixel.getRed()).as("left middle of the first frame is the image's red").isGreaterThan(150);
            assertThat(pixel.getGreen()).isLessThan(90);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void what_is_not_a_usable_image_is_refused_and_nothing_is_queued() throws Exception {
        var before = generations.page(campaignId, Set.of(), PageRequest.of(0, 1)).getTotalElements();

        assertThatThrownBy(() -> generations.request(order("<script>alert(1)</script>".getBytes())))
                .isInstanceOf(GenerationRefusedException.class).hasMessage("The image reference must be a PNG or JPEG image.");
        var fakePng = new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3, 4, 5, 6};
        assertThatThrownBy(() -> generations.request(order(fakePng)))
                .hasMessage("The image reference could not be read as an image.");
        assertThatThrownBy(() -> generations.request(order(new byte[GenerationOrder.MAX_IMAGE_BYTES + 1])))
                .hasMessage("The image is larger than 50 MB; use a smaller one.");
        assertThatThrownBy(() -> generations.request(order(image(4100, 2, Color.WHITE, "png"))))
                .hasMessageContaining("larger than 4096×4096 pixels");

        assertThat(generations.page(campaignId, Set.of(), PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
    }

    private GenerationOrder order(byte[] image) {
        return new GenerationOrder(campaignId, null, null, "A red product backdrop with a bouncing ball", "Shot",
                "local", "storyboard-1", new VideoSize(640, 360), 4, 1, "photorealistic", image);
    }

    private static byte[] image(int width, int height, Color color, String format) throws Exception {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

}
