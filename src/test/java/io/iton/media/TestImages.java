package io.iton.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Images made in the test, so no binary is committed where ImageIO can write one. WebP it cannot
 * write: {@code src/test/resources/media/*.webp} were made with libwebp's {@code cwebp} (an
 * 800×600 opaque photo-like gradient, a 700×500 lossless image with see-through corners) and
 * {@code img2webp} (two frames, 64×48).
 */
final class TestImages {

    /** Text a test hides in EXIF to prove no served file carries it. */
    static final String SECRET = "GPS 31.7683N 35.2137E secret-location";

    private TestImages() {
    }

    static BufferedImage photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.BLUE, width, height, Color.ORANGE));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width / 4, height / 4);
        g.dispose();
        return image;
    }

    /** An opaque disc on see-through corners. */
    static BufferedImage cutOut(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 60));
        g.fillOval(width / 8, height / 8, width * 3 / 4, height * 3 / 4);
        g.dispose();
        return image;
    }

    static byte[] jpeg(int width, int height) {
        return write(photo(width, height), "jpg");
    }

    static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    static byte[] gif(int width, int height) {
        return write(photo(width, height), "gif");
    }

    /** A JPEG whose EXIF says "turn me" ({@code orientation}, 6 = 90° clockwise) and where it was taken. */
    static byte[] jpegWithExif(int width, int height, int orientation) {
        byte[] jpeg = jpeg(width, height);
        byte[] exif = exif(orientation);
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + exif.length + 4);
        out.put(jpeg, 0, 2);  // SOI
        out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** "Exif\0\0", then a big-endian TIFF: IFD0 (description, orientation, GPS pointer) and a GPS IFD. */
    private static byte[] exif(int orientation) {
        byte[] text = (SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(68 + text.length);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(text.length).putInt(68);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(50);
        tiff.putInt(0);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putInt(0);
        tiff.put(text);
        ByteBuffer exif = ByteBuffer.allocate(6 + tiff.capacity());
        return exif.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff.array()).array();
    }

    static byte[] animatedGif(int width, int height, int frames) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames; i++) {
                BufferedImage frame = photo(width, height);
                Graphics2D g = frame.createGraphics();
                g.setColor(Color.RED);
                g.fillRect(i * 10, i * 10, 20, 20);
                g.dispose();
                writer.writeToSequence(new IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * A small, valid PNG whose header claims {@code width} × {@code height}: decoding it would ask
     * for gigabytes, so it must be refused from the header alone.
     */
    static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[4096]);
        deflater.finish();
        byte[] data = new byte[8192];
        int length = deflater.deflate(data);
        chunk(png, "IDAT", Arrays.copyOf(data, length));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static byte[] resource(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream("/media/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when a JPEG has an APPn segment other than JFIF (APP0), or a comment, before its image data. */
    static boolean jpegCarriesMetadata(byte[] jpeg) {
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xDA) {
                return false;
            }
            if ((marker >= 0xE1 && marker <= 0xEF) || marker == 0xFE) {
                return true;
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return false;
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
