package dev.clapboard.compliance;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** What an upload really is, from its first bytes: a file name or a browser's content type can lie. */
final class FileKinds {

    static final Set<String> PHOTOS_AND_VIDEOS = Set.of("image/jpeg", "image/png", "image/webp", "video/mp4",
            "video/quicktime", "video/webm");
    static final Set<String> DECLARATIONS = Set.of("application/pdf", "image/jpeg", "image/png");

    private FileKinds() {
    }

    static Optional<String> detect(byte[] data) {
        if (starts(data, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(data, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (ascii(data, 0, "%PDF-")) {
            return Optional.of("application/pdf");
        }
        if (ascii(data, 0, "RIFF") && ascii(data, 8, "WEBP")) {
            return Optional.of("image/webp");
        }
        if (starts(data, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Optional.of("video/webm");
        }
        if (ascii(data, 4, "ftyp")) {
            return Optional.of(ascii(data, 8, "qt  ") ? "video/quicktime" : "video/mp4");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] data, int offset, String expected) {
        var bytes = expected.getBytes(StandardCharsets.US_ASCII);
        return data.length >= offset + bytes.length
                && Arrays.equals(data, offset, offset + bytes.length, bytes, 0, bytes.length);
    }
}
