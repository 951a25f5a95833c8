package io.iton.wordpress;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.PriorityQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The export's characters as the XML parser should see them. WordPress writes control characters
 * and, after a site changed its encoding, bytes that are not UTF-8; a strict parser stops at the
 * first one and everything after it would be lost. Here each is replaced by U+FFFD and recorded
 * with its line, so that the item holding it is imported and reported, and the rest goes on.
 * The encoding is the one the XML declaration names (UTF-8 when none).
 */
final class CleanXmlInput extends Reader {

    private static final Pattern DECLARED = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
    static final char REPLACEMENT = '\uFFFD';

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private final PriorityQueue<ReadProblem> problems = new PriorityQueue<>(Comparator.comparingInt(ReadProblem::line));
    private boolean eof;
    private int line = 1;
    private int lastProblemLine = -1;
    private boolean pendingHighSurrogate;

    CleanXmlInput(InputStream raw) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, 64 * 1024);
        Charset charset = sniff(buffered);
        this.in = buffered;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        chars.flip();
    }

    /** The encoding from a byte order mark or the XML declaration; a UTF-8 mark is skipped. */
    private static Charset sniff(BufferedInputStream in) throws IOException {
        in.mark(512);
        byte[] head = in.readNBytes(400);
        in.reset();
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF)) {
            return StandardCharsets.UTF_16;
        }
        String prolog = new String(head, StandardCharsets.ISO_8859_1);
        int end = prolog.indexOf("?>");
        Matcher m = DECLARED.matcher(end > 0 ? prolog.substring(0, end) : "");
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** Problems found so far up to {@code line} (inclusive), oldest first; they are taken away. */
    Deque<ReadProblem> takeProblemsUpTo(int upToLine) {
        Deque<ReadProblem> taken = new ArrayDeque<>();
        while (!problems.isEmpty() && problems.peek().line() <= upToLine) {
            taken.add(problems.poll());
        }
        return taken;
    }

    @Override
    public int read(char[] target, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(target, off, n);
        for (int i = off; i < off + n; i++) {
            target[i] = checked(target[i]);
        }
        return n;
    }

    /** The character, or U+FFFD (recorded) if XML 1.0 does not allow it; counts lines on the way. */
    private char checked(char c) {
        if (c == '\n') {
            line++;
        }
        if (pendingHighSurrogate) {
            pendingHighSurrogate = false;
            if (Character.isLowSurrogate(c)) {
                return c;
            }
        }
        if (Character.isHighSurrogate(c)) {
            pendingHighSurrogate = true;
            return c;
        }
        boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
        if (allowed) {
            return c;
        }
        record(String.format("a character XML does not allow (U+%04X) was replaced", (int) c));
        return REPLACEMENT;
    }

    private void record(String message) {
        if (line != lastProblemLine) {
            problems.add(new ReadProblem(line, message));
            lastProblemLine = line;
        }
    }

    /** Decodes more bytes; false at the end of the input. */
    private boolean fill() throws IOException {
        chars.compact();
        try {
            while (chars.position() == 0) {
                if (!eof && bytes.hasRemaining()) {
                    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (read < 0) {
                        eof = true;
                    } else {
                        bytes.position(bytes.position() + read);
                    }
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, eof);
                if (result.isError()) {
                    bytes.position(bytes.position() + result.length());
                    chars.put(REPLACEMENT);
                    recordAtDecodedLine();
                }
                bytes.compact();
                if (eof && bytes.position() == 0 && chars.position() == 0 && !result.isError()) {
                    decoder.flush(chars);
                    return chars.position() > 0;
                }
            }
            return true;
        } finally {
            chars.flip();
        }
    }

    /** A decoding error sits after the characters not yet handed out: count their line breaks. */
    private void recordAtDecodedLine() {
        int ahead = 0;
        for (int i = 0; i < chars.position(); i++) {
            if (chars.get(i) == '\n') {
                ahead++;
            }
        }
        int at = line + ahead;
        if (at != lastProblemLine) {
            problems.add(new ReadProblem(at, "bytes that are not " + decoder.charset().name()
                    + " (a wrong encoding?) were replaced"));
            lastProblemLine = at;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
