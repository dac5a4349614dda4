package dev.clapboard.generation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Checks an uploaded first-frame image before anything is spent: PNG or JPEG by content (not by file name),
 * within the size limits, and decodable; returns it re-encoded as PNG so providers get one format.
 */
final class ReferenceImages {

    static final int MAX_SIDE = 4096;

    private ReferenceImages() {
    }

    static byte[] normalised(byte[] upload) {
        if (upload.length > GenerationOrder.MAX_IMAGE_BYTES) {
            throw new GenerationRefusedException("The image is larger than 50 MB; use a smaller one.");
        }
        if (!isPng(upload) && !isJpeg(upload)) {
            throw new GenerationRefusedException("The image reference must be a PNG or JPEG image.");
        }
        BufferedImage image;
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new GenerationRefusedException("The image reference could not be read as an image.");
            }
            var reader = readers.next();
            try {
                reader.setInput(in);
                // check the declared size before decoding, so a small file cannot unpack into a huge bitmap
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    throw new GenerationRefusedException("The image is larger than " + MAX_SIDE + "×" + MAX_SIDE
                            + " pixels; use a smaller one.");
                }
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new GenerationRefusedException("The image reference could not be read as an image.");
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static boolean isPng(byte[] data) {
        return data.length > 8 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G';
    }

    private static boolean isJpeg(byte[] data) {
        return data.length > 3 && (data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xD8 && (data[2] & 0xff) == 0xFF;
    }
}
