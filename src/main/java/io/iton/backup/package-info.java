/**
 * Full export and restore of a site: every table Flyway made (found from the database's own
 * metadata, so tables added later need no code here) as JSON lines in foreign-key order, the media
 * folder, and a manifest with the schema version, counts and SHA-256 checksums, in one zip archive.
 * Restore puts it all back into an empty installation. Owns no table; runs as the {@code export}
 * and {@code restore} commands and as the administrators' {@code /newsroom/backup} download.
 */
package io.iton.backup;
