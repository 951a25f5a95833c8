package io.iton.backup;

import java.util.List;

/**
 * {@code manifest.json}, the archive's table of contents: the format, the Flyway schema version
 * the rows fit, when it was made, and for every table (in foreign-key order) and media file its
 * size and SHA-256, so a corrupted or cut archive is refused before anything is written.
 */
record Manifest(int format, String application, String schemaVersion, String createdAt, String database,
                List<TableEntry> tables, List<FileEntry> media) {

    static final int FORMAT = 1;
    static final String APPLICATION = "iton";
    static final String NAME = "manifest.json";

    /** A table's rows as {@code tables/<name>.jsonl}, one JSON object a line, with its column kinds. */
    record TableEntry(String name, long rows, long bytes, String sha256, List<ColumnEntry> columns) {
        String path() {
            return path(name);
        }

        static String path(String table) {
            return "tables/" + table + ".jsonl";
        }
    }

    record ColumnEntry(String name, ColumnKind kind) {
    }

    /** A media file as {@code media/<path under the media folder>}. */
    record FileEntry(String path, long bytes, String sha256) {
        String entry() {
            return "media/" + path;
        }
    }
}
