package dev.clapboard.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Real and hostile upload files for bad-input tests: whole images and videos, cut-off ones, bombs, disguises. */
public final class UploadSamples {

    public static final byte[] EXE = bytes("MZ\u0090\u0000\u0003\u0000\u0000\u0000 This program cannot be run in DOS mode.");
    public static final byte[] HTML = bytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
    public static final byte[] SVG = bytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>");
    public static final byte[] TEXT = bytes("just text pretending to be something else");
    public static final byte[] PDF = bytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

    private UploadSamples() {
    }

    public static byte[] png(int width, int height) {
        return image(width, height, "png");
    }

    public static byte[] jpeg(int width, int height) {
        return image(width, height, "jpg");
    }

    /** A valid PNG signature and header declaring {@code width}×{@code height} pixels, with one tiny data chunk. */
    public static byte[] pngDeclaring(int width, int height) {
        var header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6)
                .put((byte) 0).put((byte) 0).put((byte) 0).array();
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", header);
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A baseline JPEG whose start-of-frame declares the size, followed by nothing. */
    public static byte[] jpegDeclaring(int width, int height) {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 11, 8, (byte) (height >> 8),
                (byte) height, (byte) (width >> 8), (byte) width, 1, 1, 0x11, 0, (byte) 0xFF, (byte) 0xD9};
    }

    /** A lossless WebP (VP8L) header declaring the size; the RIFF length covers the file. */
    public static byte[] webpDeclaring(int width, int height) {
        int bits = (width - 1) | ((height - 1) << 14);
        var data = ByteBuffer.allocate(40).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        data.put(bytes("RIFF")).putInt(32).put(bytes("WEBPVP8L")).putInt(20).put((byte) 0x2F).putInt(bits);
        return data.array();
    }

    /** A minimal MP4: an ftyp box and an mdat box, every size exact. */
    public static byte[] mp4() {
        var ftyp = ByteBuffer.allocate(20).putInt(20).put(bytes("ftypisom")).putInt(0x200).put(bytes("isom")).array();
        var mdat = ByteBuffer.allocate(24).putInt(24).put(bytes("mdat")).put(new byte[16]).array();
        var out = new ByteArrayOutputStream();
        out.writeBytes(ftyp);
        out.writeBytes(mdat);
        return out.toByteArray();
    }

    /** A zip whose single entry of zeros unpacks to {@code uncompressed} bytes. */
    public static byte[] zipOfZeros(int uncompressed) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            var block = new byte[64 * 1024];
            for (int left = uncompressed; left > 0; left -= block.length) {
                zip.write(block, 0, Math.min(left, block.length));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The first {@code fraction} of a file, as an interrupted upload leaves it. */
    public static byte[] cut(byte[] whole, double fraction) {
        return Arrays.copyOf(whole, (int) (whole.length * fraction));
    }

    /** {@code head} followed by {@code tail}: a file that starts as one kind and goes on as another. */
    public static byte[] join(byte[] head, byte[] tail) {
        var out = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] image(int width, int height, String format) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(0, 0, width / 2 + 1, height / 2 + 1);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        var crc = new CRC32();
        crc.update(bytes(type));
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(bytes(type));
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
