package dev.clapboard.generation.provider.local;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Encodes the storyboard animatic as an MP4 (H.264 video, AAC audio) that browsers play, plus a JPEG
 * thumbnail. Audio is written in step with the frames, so the hits stay on the bounces.
 */
final class StoryboardRenderer {

    static {
        // FFmpeg prints every stream it opens; only errors belong in our log
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    /** Renders {@code spec} to {@code video} and {@code thumbnail}, reporting percent done. */
    void render(RenderSpec spec, Path video, Path thumbnail, IntConsumer progress) {
        var painter = new StoryboardPainter(spec);
        var samples = Soundtrack.render(spec.durationSeconds(), painter.track().impactsUntil(spec.durationSeconds()),
                spec.seed());
        var image = new BufferedImage(spec.width(), spec.height(), BufferedImage.TYPE_3BYTE_BGR);
        try (var converter = new Java2DFrameConverter();
                var recorder = recorder(spec, video)) {
            recorder.start();
            var framesPerChunk = Soundtrack.SAMPLE_RATE * Soundtrack.CHANNELS / spec.fps();
            var lastPercent = -1;
            for (int frame = 0; frame < spec.frameCount(); frame++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new RenderFailedException("Rendering was cancelled", null);
                }
                var t = (double) frame / spec.fps();
                recorder.record(converter.convert(painter.paint(t, image)));
                var from = frame * framesPerChunk;
                var to = Math.min(samples.length, from + framesPerChunk);
                if (from < to) {
                    recorder.recordSamples(Soundtrack.SAMPLE_RATE, Soundtrack.CHANNELS, ShortBuffer.wrap(samples, from, to - from));
                }
                var percent = (frame + 1) * 100 / spec.frameCount();
                if (percent != lastPercent) {
                    progress.accept(percent);
                    lastPercent = percent;
                }
            }
            recorder.stop();
        } catch (FrameRecorder.Exception e) {
            throw new RenderFailedException("Encoding failed: " + e.getMessage(), e);
        }
        writeThumbnail(painter, spec, thumbnail);
    }

    private static FFmpegFrameRecorder recorder(RenderSpec spec, Path video) {
        var recorder = new FFmpegFrameRecorder(video.toFile(), spec.width(), spec.height(), Soundtrack.CHANNELS);
        recorder.setFormat("mp4");
        recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(spec.fps());
        recorder.setGopSize(spec.fps() * 2);
        recorder.setVideoBitrate(Math.max(500_000, spec.width() * spec.height() * 3));
        recorder.setVideoOption("preset", "veryfast");
        recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
        recorder.setSampleRate(Soundtrack.SAMPLE_RATE);
        recorder.setAudioBitrate(128_000);
        // moov atom first, so browsers start playing before the whole file has arrived
        recorder.setOption("movflags", "+faststart");
        return recorder;
    }

    private static void writeThumbnail(StoryboardPainter painter, RenderSpec spec, Path thumbnail) {
        var still = painter.paint(spec.durationSeconds() / 3.0,
                new BufferedImage(spec.width(), spec.height(), BufferedImage.TYPE_3BYTE_BGR));
        try {
            ImageIO.write(still, "jpg", thumbnail.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class RenderFailedException extends RuntimeException {
        RenderFailedException(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }
}
