package dev.clapboard.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The QR code on My account scans back to the otpauth URI an authenticator app needs. */
class QrCodesTest {

    private static final Pattern SIZE = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");
    private static final int SCALE = 4;

    @Test
    void the_svg_scans_back_to_the_uri() throws Exception {
        var uri = Totp.uri("Clapboard", "ann@example.com", Totp.newSecret());

        assertThat(scan(QrCodes.svg(uri))).isEqualTo(uri);
    }

    /** Draws the SVG's rectangles into pixels, as a phone camera would see them, and decodes them. */
    private static String scan(String svg) throws Exception {
        var size = SIZE.matcher(svg);
        assertThat(size.find()).isTrue();
        int modules = Integer.parseInt(size.group(1));
        int width = modules * SCALE;
        var pixels = new int[width * width];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        var runs = RUN.matcher(svg);
        while (runs.find()) {
            int x0 = Integer.parseInt(runs.group(1));
            int y0 = Integer.parseInt(runs.group(2));
            int run = Integer.parseInt(runs.group(3));
            for (int y = y0 * SCALE; y < (y0 + 1) * SCALE; y++) {
                for (int x = x0 * SCALE; x < (x0 + run) * SCALE; x++) {
                    pixels[y * width + x] = 0;
                }
            }
        }
        var image = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, width, pixels)));
        return new QRCodeReader().decode(image).getText();
    }
}
