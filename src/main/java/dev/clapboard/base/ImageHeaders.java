package dev.clapboard.base;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The pixel size an uploaded PNG, JPEG or WebP declares in its header, read without decoding anything: a few
 * hundred bytes can declare a bitmap of gigabytes (a decompression bomb), so uploads check this before they
 * let an image decoder near the file.
 */
public final class ImageHeaders {

    /** Width and height as declared; unsigned 32-bit values are kept as they are, so nothing wraps round. */
    public record Size(long width, long height) {

        public boolean within(int maxSide) {
            return width >= 1 && height >= 1 && width <= maxSide && height <= maxSide;
        }

        @Override
        public String toString() {
            return width + "×" + height;
        }
    }

    private ImageHeaders() {
    }

    /** The declared size, or empty when {@code data} is no PNG, JPEG or WebP or its header is cut off. */
    public static Optional<Size> declaredSize(byte[] data) {
        if (data.length >= 24 && (data[0] & 0xFF) == 0x89 && ascii(data, 1, "PNG") && ascii(data, 12, "IHDR")) {
            return Optional.of(new Size(be32(data, 16), be32(data, 20)));
        }
        if (data.length > 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8) {
            return jpeg(data);
        }
        if (ascii(data, 0, "RIFF") && ascii(data, 8, "WEBP")) {
            return webp(data);
        }
        return Optional.empty();
    }

    /** Walks the JPEG markers to the first start-of-frame, which holds the height and width. */
    private static Optional<Size> jpeg(byte[] data) {
        int i = 2;
        while (i + 9 < data.length) {
            if ((data[i] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = data[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                    && marker != 0xCC;
            if (startOfFrame) {
                return Optional.of(new Size(be16(data, i + 7), be16(data, i + 5)));
            }
            i += 2 + be16(data, i + 2);
        }
        return Optional.empty();
    }

    private static Optional<Size> webp(byte[] data) {
        if (data.length < 30) {
            return Optional.empty();
        }
        if (ascii(data, 12, "VP8X")) {
            return Optional.of(new Size(1 + le24(data, 24), 1 + le24(data, 27)));
        }
        if (ascii(data, 12, "VP8L")) {
            long bits = le32(data, 21);
            return Optional.of(new Size(1 + (bits & 0x3FFF), 1 + ((bits >>> 14) & 0x3FFF)));
        }
        if (ascii(data, 12, "VP8 ")) {
            return Optional.of(new Size(le16(data, 26) & 0x3FFF, le16(data, 28) & 0x3FFF));
        }
        return Optional.empty();
    }

    private static boolean ascii(byte[] data, int offset, String expected) {
        return data.length >= offset + expected.length()
                && new String(data, offset, expected.length(), StandardCharsets.ISO_8859_1).equals(expected);
    }

    private static long be32(byte[] d, int i) {
        return ((long) (d[i] & 0xFF) << 24) | ((d[i + 1] & 0xFF) << 16) | ((d[i + 2] & 0xFF) << 8) | (d[i + 3] & 0xFF);
    }

    private static int be16(byte[] d, int i) {
        return ((d[i] & 0xFF) << 8) | (d[i + 1] & 0xFF);
    }

    private static long le32(byte[] d, int i) {
        return (d[i] & 0xFF) | ((d[i + 1] & 0xFF) << 8) | ((d[i + 2] & 0xFF) << 16) | ((long) (d[i + 3] & 0xFF) << 24);
    }

    private static int le24(byte[] d, int i) {
        return (d[i] & 0xFF) | ((d[i + 1] & 0xFF) << 8) | ((d[i + 2] & 0xFF) << 16);
    }

    private static int le16(byte[] d, int i) {
        return (d[i] & 0xFF) | ((d[i + 1] & 0xFF) << 8);
    }
}
