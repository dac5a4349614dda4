package dev.clapboard.compliance;

import dev.clapboard.base.ImageHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Checks that an upload whose first bytes say what it is is also whole and safe to show: an image's pixel size
 * is read from its header before anything decodes it (a tiny file can declare a bitmap of gigabytes), then
 * JPEG and PNG are decoded once to prove they are complete; PDFs must end with their end-of-file marker and
 * MP4/MOV files must hold every box their headers announce. A file name proves nothing, so this looks only at
 * the bytes.
 */
final class MediaChecks {

    /** Longest side of an uploaded photo or scanned page; an A4 page at 600 dpi is 7016 pixels long. */
    static final int MAX_SIDE = 10_000;

    private MediaChecks() {
    }

    /** Why {@code data} of the detected {@code type} cannot be kept, or empty when it is whole and in bounds. */
    static Optional<String> problem(byte[] data, String type) {
        return switch (type) {
            case "image/png", "image/jpeg", "image/webp" -> image(data, type);
            case "application/pdf" -> lastKiB(data).contains("%%EOF") ? Optional.empty()
                    : Optional.of("is an incomplete PDF (it has no end-of-file marker).");
            case "video/mp4", "video/quicktime" -> boxesComplete(data) ? Optional.empty()
                    : Optional.of("is an incomplete video (it ends inside a part its header announces).");
            default -> Optional.empty();
        };
    }

    private static Optional<String> image(byte[] data, String type) {
        var size = ImageHeaders.declaredSize(data).orElse(null);
        if (size == null) {
            return Optional.of("is an incomplete image (its header is cut off).");
        }
        if (!size.within(MAX_SIDE)) {
            return Optional.of("declares " + size + " pixels; images may be at most " + MAX_SIDE + "×" + MAX_SIDE
                    + " pixels.");
        }
        if (type.equals("image/webp")) {
            // the JDK cannot decode WebP; the RIFF header states the file's length, so a cut-off file shows
            return le32(data, 4) + 8L <= data.length ? Optional.empty()
                    : Optional.of("is an incomplete image (it is shorter than its header says).");
        }
        if (type.equals("image/jpeg") && !lastKiB(data).contains("\u00FF\u00D9")) {
            // ImageIO only warns about a JPEG without its end marker and returns a half-grey picture
            return Optional.of("is an incomplete image (it has no end-of-image marker).");
        }
        return decodes(data) ? Optional.empty() : Optional.of("is an incomplete or damaged image.");
    }

    /** Reads every byte of the picture but keeps only every 8th pixel each way, so memory stays small. */
    private static boolean decodes(byte[] data) {
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            var reader = readers.next();
            try {
                reader.setInput(in);
                var param = reader.getDefaultReadParam();
                param.setSourceSubsampling(8, 8, 0, 0);
                return reader.read(0, param) != null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** ISO base media files are a chain of boxes, each starting with its size; the chain must end at the end. */
    private static boolean boxesComplete(byte[] data) {
        long at = 0;
        while (at < data.length) {
            if (at + 8 > data.length) {
                return false;
            }
            long size = Integer.toUnsignedLong(be32(data, (int) at));
            if (size == 1) {
                if (at + 16 > data.length) {
                    return false;
                }
                size = ((long) be32(data, (int) at + 8) << 32) | Integer.toUnsignedLong(be32(data, (int) at + 12));
            } else if (size == 0) {
                return true; // the last box runs to the end of the file
            }
            if (size < 8 || at + size > data.length) {
                return false;
            }
            at += size;
        }
        return true;
    }

    private static String lastKiB(byte[] data) {
        int from = Math.max(0, data.length - 1024);
        return new String(data, from, data.length - from, StandardCharsets.ISO_8859_1);
    }

    private static int be32(byte[] d, int i) {
        return ((d[i] & 0xFF) << 24) | ((d[i + 1] & 0xFF) << 16) | ((d[i + 2] & 0xFF) << 8) | (d[i + 3] & 0xFF);
    }

    private static int le32(byte[] d, int i) {
        return (d[i] & 0xFF) | ((d[i + 1] & 0xFF) << 8) | ((d[i + 2] & 0xFF) << 16) | ((d[i + 3] & 0xFF) << 24);
    }
}
