package io.iton.site;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A gzip body put together from parts compressed apart, so that a page kept with a hole (the
 * latest-articles list) is filled in without compressing the page again. Each part is raw deflate
 * from a fresh compressor: every part but the last ends with a sync flush (an empty stored block:
 * byte-aligned, not final), the last with the final block. Since no part refers back into another,
 * the parts one after another are one valid deflate stream (RFC 1951); the gzip header and the
 * trailer (CRC-32 and length of the whole, RFC 1952) go around them.
 */
final class GzipParts {

    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private GzipParts() {
    }

    /** {@code part} as raw deflate; {@code last}: it ends the stream, otherwise it ends with a sync flush. */
    static byte[] deflate(byte[] part, boolean last) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(part);
            ByteArrayOutputStream out = new ByteArrayOutputStream(part.length / 4 + 64);
            byte[] buffer = new byte[8192];
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int written;
                do {  // a full buffer means there may be more to flush (Deflater#deflate)
                    written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, written);
                } while (written == buffer.length);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * The gzip of {@code whole}, given the raw deflate of its parts in order ({@link #deflate}, only
     * the last one with {@code last} true).
     */
    static byte[] gzip(byte[] whole, byte[]... deflatedParts) {
        int length = HEADER.length + 8;
        for (byte[] part : deflatedParts) {
            length += part.length;
        }
        byte[] gzip = new byte[length];
        System.arraycopy(HEADER, 0, gzip, 0, HEADER.length);
        int at = HEADER.length;
        for (byte[] part : deflatedParts) {
            System.arraycopy(part, 0, gzip, at, part.length);
            at += part.length;
        }
        CRC32 crc = new CRC32();
        crc.update(whole);
        littleEndian(gzip, at, (int) crc.getValue());
        littleEndian(gzip, at + 4, whole.length);  // ISIZE: the length modulo 2^32
        return gzip;
    }

    private static void littleEndian(byte[] into, int at, int value) {
        into[at] = (byte) value;
        into[at + 1] = (byte) (value >>> 8);
        into[at + 2] = (byte) (value >>> 16);
        into[at + 3] = (byte) (value >>> 24);
    }
}
