package io.iton.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Passes bytes on while counting them and taking their SHA-256; closing it leaves the target open. */
final class Hashing extends OutputStream {

    private final OutputStream target;
    private final MessageDigest digest = sha256();
    private long count;

    Hashing(OutputStream target) {
        this.target = target;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a stream to its end; returns its SHA-256 in hex and sets {@link #count()}. */
    static Hashing drain(InputStream in) throws IOException {
        Hashing sink = new Hashing(OutputStream.nullOutputStream());
        in.transferTo(sink);
        return sink;
    }

    @Override
    public void write(int b) throws IOException {
        target.write(b);
        digest.update((byte) b);
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        target.write(b, off, len);
        digest.update(b, off, len);
        count += len;
    }

    @Override
    public void flush() throws IOException {
        target.flush();
    }

    @Override
    public void close() {
        // the archive stays open for its next entry
    }

    long count() {
        return count;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
