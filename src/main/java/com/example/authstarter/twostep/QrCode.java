package com.example.authstarter.twostep;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A QR code drawn on the server as a PNG {@code data:} address, so the secret in it never goes to a
 * third-party service and the page needs no script to show it (the content security policy allows
 * {@code data:} images).
 */
public final class QrCode {

    private static final int MODULE_PIXELS = 4;

    private QrCode() {}

    public static String dataUrl(String text) {
        try {
            var matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            var image = new BufferedImage(
                    matrix.getWidth() * MODULE_PIXELS,
                    matrix.getHeight() * MODULE_PIXELS,
                    BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    boolean dark = matrix.get(x / MODULE_PIXELS, y / MODULE_PIXELS);
                    image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            var png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("Too long for a QR code: " + text.length() + " characters", tooLong);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
    }
}
