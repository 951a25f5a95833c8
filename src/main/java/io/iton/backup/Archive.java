package io.iton.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An archive opened for restore. Opening reads the manifest; {@link #verify()} reads every entry
 * once and checks its size and SHA-256, so a cut or corrupted file is refused before the database
 * or the media folder is touched.
 */
final class Archive implements AutoCloseable {

    private final ZipFile zip;
    private final Manifest manifest;

    private Archive(ZipFile zip, Manifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    static Archive open(Path file, JsonMapper json) {
        if (!Files.isRegularFile(file)) {
            throw new RestoreRefused("restore.archive.missing", file);
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RestoreRefused(e, "restore.archive.unreadable", file);
        }
        try {
            ZipEntry entry = zip.getEntry(Manifest.NAME);
            if (entry == null) {
                throw new RestoreRefused("restore.archive.noManifest", file);
            }
            Manifest manifest;
            try (InputStream in = zip.getInputStream(entry)) {
                manifest = json.readValue(in, Manifest.class);
            } catch (IOException | JacksonException e) {
                throw new RestoreRefused(e, "restore.archive.badManifest", file);
            }
            if (manifest.format() != Manifest.FORMAT || !Manifest.APPLICATION.equals(manifest.application())
                    || manifest.tables() == null || manifest.media() == null || manifest.schemaVersion() == null) {
                throw new RestoreRefused("restore.archive.badManifest", file);
            }
            return new Archive(zip, manifest);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    Manifest manifest() {
        return manifest;
    }

    /** Every table and media file is there whole: the size and checksum the manifest gives. */
    void verify() {
        for (Manifest.TableEntry table : manifest.tables()) {
            TableCatalog.plain(table.name());
            check(table.path(), table.bytes(), table.sha256());
        }
        for (Manifest.FileEntry file : manifest.media()) {
            check(file.entry(), file.bytes(), file.sha256());
        }
    }

    private void check(String name, long bytes, String sha256) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new RestoreRefused("restore.archive.entryMissing", name);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            Hashing read = Hashing.drain(in);
            if (read.count() != bytes || !read.hex().equals(sha256)) {
                throw new RestoreRefused("restore.archive.corrupt", name);
            }
        } catch (IOException e) {
            throw new RestoreRefused(e, "restore.archive.corrupt", name);
        }
    }

    BufferedReader lines(Manifest.TableEntry table) throws IOException {
        return new BufferedReader(new InputStreamReader(zip.getInputStream(zip.getEntry(table.path())), StandardCharsets.UTF_8));
    }

    InputStream file(Manifest.FileEntry file) throws IOException {
        return zip.getInputStream(zip.getEntry(file.entry()));
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read-only; nothing to lose
        }
    }
}
