package dev.clapboard.generation.media;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The frame rate an MP4 file declares for its video track: the track's time scale ({@code mdhd}) over the
 * duration of its first samples ({@code stts}). Providers do not report a frame rate, the file does; a file
 * that is not a plain MP4 gives empty, and players fall back to 24 fps.
 */
public final class Mp4FrameRate {

    /** The {@code moov} box holds only tables; anything larger is not a file we made or expect. */
    private static final long MAX_MOOV_BYTES = 32L * 1024 * 1024;

    private Mp4FrameRate() {
    }

    public static Optional<Integer> of(Path file) {
        try (var in = new RandomAccessFile(file.toFile(), "r")) {
            long offset = 0;
            long length = in.length();
            while (offset + 8 <= length) {
                in.seek(offset);
                long size = Integer.toUnsignedLong(in.readInt());
                var type = type(in.readInt());
                int header = 8;
                if (size == 1) {
                    size = in.readLong();
                    header = 16;
                } else if (size == 0) {
                    size = length - offset;
                }
                if (size < header) {
                    return Optional.empty();
                }
                if (type.equals("moov")) {
                    if (size - header > MAX_MOOV_BYTES) {
                        return Optional.empty();
                    }
                    var moov = new byte[Math.toIntExact(size - header)];
                    in.readFully(moov);
                    return videoTrackRate(ByteBuffer.wrap(moov));
                }
                offset += size;
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> videoTrackRate(ByteBuffer moov) {
        for (var trak : children(moov, "trak")) {
            var mdia = first(trak, "mdia");
            if (mdia == null) {
                continue;
            }
            var hdlr = first(mdia, "hdlr");
            if (hdlr == null || !type(hdlr.getInt(8)).equals("vide")) {
                continue;
            }
            var mdhd = first(mdia, "mdhd");
            var minf = first(mdia, "minf");
            var stbl = minf == null ? null : first(minf, "stbl");
            var stts = stbl == null ? null : first(stbl, "stts");
            if (mdhd == null || stts == null || stts.getInt(4) < 1) {
                return Optional.empty();
            }
            long timescale = Integer.toUnsignedLong(mdhd.getInt(mdhd.get(0) == 1 ? 20 : 12));
            long delta = Integer.toUnsignedLong(stts.getInt(12));
            if (timescale == 0 || delta == 0) {
                return Optional.empty();
            }
            return Optional.of(Math.toIntExact(Math.round((double) timescale / delta)));
        }
        return Optional.empty();
    }

    private static java.util.List<ByteBuffer> children(ByteBuffer parent, String wanted) {
        var found = new java.util.ArrayList<ByteBuffer>();
        int at = 0;
        while (at + 8 <= parent.limit()) {
            long size = Integer.toUnsignedLong(parent.getInt(at));
            var type = type(parent.getInt(at + 4));
            if (size < 8 || at + size > parent.limit()) {
                break;
            }
            if (type.equals(wanted)) {
                found.add(parent.slice(at + 8, (int) size - 8));
            }
            at += (int) size;
        }
        return found;
    }

    private static @org.jspecify.annotations.Nullable ByteBuffer first(ByteBuffer parent, String wanted) {
        var found = children(parent, wanted);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static String type(int code) {
        return new String(ByteBuffer.allocate(4).putInt(code).array(), StandardCharsets.ISO_8859_1);
    }
}
