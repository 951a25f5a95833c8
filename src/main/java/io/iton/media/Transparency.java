package io.iton.media;

import java.awt.image.BufferedImage;

/**
 * Whether an image shows anything through: many PNGs carry an alpha channel that is opaque
 * everywhere, and those are photos or graphics that a JPEG serves at a fraction of the size.
 */
final class Transparency {

    private Transparency() {
    }

    static boolean hasSeeThroughPixels(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int width = image.getWidth();
        int[] row = new int[width];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int argb : row) {
                if (argb >>> 24 != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }
}
