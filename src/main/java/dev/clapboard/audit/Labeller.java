package dev.clapboard.audit;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Re-encodes a video with a visible label burned into every frame and a text in the MP4's {@code comment} and
 * {@code description} tags; the audio is carried over. Encodes the way the local renderer does (H.264, AAC,
 * moov first) so browsers play the copy.
 */
final class Labeller {

    static {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    private Labeller() {
    }

    static void burn(Path source, Path target, String label, LabelPosition position, String metadata) {
        try (var grabber = new FFmpegFrameGrabber(source.toFile()); var converter = new Java2DFrameConverter()) {
            grabber.start();
            try (var recorder = recorder(grabber, target)) {
                recorder.setMetadata("comment", metadata);
                recorder.setMetadata("description", metadata);
                recorder.start();
                for (var frame = grabber.grab(); frame != null; frame = grabber.grab()) {
                    if (frame.image != null) {
                        var image = converter.convert(frame);
                        draw(image, label, position);
                        recorder.record(converter.convert(image));
                    } else if (frame.samples != null) {
                        recorder.record(frame);
                    }
                }
                recorder.stop();
            }
            grabber.stop();
        } catch (FrameGrabber.Exception | FrameRecorder.Exception e) {
            throw new IllegalStateException("The video could not be re-encoded: " + e.getMessage(), e);
        }
    }

    private static FFmpegFrameRecorder recorder(FFmpegFrameGrabber grabber, Path target) {
        int width = grabber.getImageWidth();
        int height = grabber.getImageHeight();
        var recorder = new FFmpegFrameRecorder(target.toFile(), width, height, grabber.getAudioChannels());
        recorder.setFormat("mp4");
        recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(grabber.getFrameRate());
        recorder.setGopSize((int) Math.round(grabber.getFrameRate() * 2));
        recorder.setVideoBitrate(Math.max(500_000, width * height * 3));
        recorder.setVideoOption("preset", "veryfast");
        if (grabber.getAudioChannels() > 0) {
            recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
            recorder.setSampleRate(grabber.getSampleRate());
            recorder.setAudioBitrate(128_000);
        }
        recorder.setOption("movflags", "+faststart");
        return recorder;
    }

    /** White text on a dark, slightly transparent box, a small margin from the corner; sized to the frame. */
    static void draw(BufferedImage image, String label, LabelPosition position) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int height = image.getHeight();
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, height / 18)));
            var metrics = g.getFontMetrics();
            int padding = Math.max(4, height / 60);
            int margin = Math.max(6, height / 30);
            int boxWidth = metrics.stringWidth(label) + 2 * padding;
            int boxHeight = metrics.getAscent() + metrics.getDescent() + 2 * padding;
            int x = position.left() ? margin : image.getWidth() - margin - boxWidth;
            int y = position.top() ? margin : height - margin - boxHeight;
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.7f));
            g.setColor(Color.BLACK);
            g.fillRoundRect(x, y, boxWidth, boxHeight, padding * 2, padding * 2);
            g.setComposite(AlphaComposite.SrcOver);
            g.setColor(Color.WHITE);
            g.drawString(label, x + padding, y + padding + metrics.getAscent());
        } finally {
            g.dispose();
        }
    }
}
