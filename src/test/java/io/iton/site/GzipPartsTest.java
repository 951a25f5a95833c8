package io.iton.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class GzipPartsTest {

    @Test
    void partsCompressedApartMakeOneGzipOfTheWhole() throws IOException {
        byte[] before = "<!doctype html><html lang=\"he\" dir=\"rtl\"><body><h1>צה\"ל בלבנון</h1>".repeat(200)
                .getBytes(StandardCharsets.UTF_8);
        byte[] hole = "<ul><li><a href=\"/article/7/שלום\">שלום</a></li></ul>".getBytes(StandardCharsets.UTF_8);
        byte[] after = "</body></html>".repeat(50).getBytes(StandardCharsets.UTF_8);

        byte[] gzip = GzipParts.gzip(concat(before, hole, after),
                GzipParts.deflate(before, false), GzipParts.deflate(hole, false), GzipParts.deflate(after, true));

        assertThat(gunzip(gzip)).isEqualTo(concat(before, hole, after));
        assertThat(gzip.length).isLessThan(before.length / 5);
    }

    @Test
    void emptyPartsAndPartsLargerThanTheBufferToo() throws IOException {
        byte[] noise = new byte[100_000];  // incompressible: its deflate is larger than one 8 KB buffer
        new Random(7).nextBytes(noise);
        byte[] empty = new byte[0];

        byte[] gzip = GzipParts.gzip(concat(empty, noise, empty),
                GzipParts.deflate(empty, false), GzipParts.deflate(noise, false), GzipParts.deflate(empty, true));

        assertThat(gunzip(gzip)).isEqualTo(noise);
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] whole = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, whole, at, part.length);
            at += part.length;
        }
        return whole;
    }
}
