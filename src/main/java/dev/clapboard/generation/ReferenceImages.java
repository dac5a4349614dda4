package dev.clapboard.generation;

import dev.clapboard.base.ImageHeaders;
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
public final class ReferenceImages {

    static final int MAX_SIDE = 4096;

    private ReferenceImages() {
    }

    /**
     * Refuses an upload that {@link GenerationService#request} would refuse, so the upload field can say why at
     * once; the service checks again, since the upload field is not the only way in.
     *
     * @throws GenerationRefusedException naming the problem
     */
    public static void check(byte[] upload) {
        normalised(upload);
    }

    static byte[] normalised(byte[] upload) {
        if (upload.length == 0) {
            throw new GenerationRefusedException("The image file is empty; upload a PNG or JPEG.");
        }
        if (upload.length > GenerationOrder.MAX_IMAGE_BYTES) {
            throw new GenerationRefusedException("The image is larger than 50 MB; use a smaller one.");
        }
        if (!isPng(upload) && !isJpeg(upload)) {
            throw new GenerationRefusedException("The image reference must be a PNG or JPEG image.");
        }
        if (isJpeg(upload) && !endsJpeg(upload)) {
            // the JPEG reader only warns about a missing end marker and returns a half-grey picture
            throw new GenerationRefusedException("The image is incomplete (the upload was cut off); upload it again.");
        }
        // check the declared size before any decoder sees the file: a small file can unpack into a huge bitmap
        var declared = ImageHeaders.declaredSize(upload);
        if (declared.isPresent() && (declared.get().width() > MAX_SIDE || declared.get().height() > MAX_SIDE)) {
            throw new GenerationRefusedException("The image is larger than " + MAX_SIDE + "×" + MAX_SIDE
                    + " pixels; use a smaller one.");
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
        } catch (IOException | RuntimeException e) {
            if (e instanceof GenerationRefusedException refused) {
                throw refused;
            }
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

    private static boolean endsJpeg(byte[] data) {
        for (int i = data.length - 2; i >= Math.max(0, data.length - 1024); i--) {
            if ((data[i] & 0xff) == 0xFF && (data[i + 1] & 0xff) == 0xD9) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJpeg(byte[] data) {
        return data.length > 3 && (data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xD8 && (data[2] & 0xff) == 0xFF;
    }
}
