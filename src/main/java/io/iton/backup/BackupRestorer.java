package io.iton.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.stereotype.Service;

import io.iton.search.SearchAdmin;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restores an archive into an empty installation: checks the archive whole, refuses one newer
 * than this build or a database or media folder that holds content, makes the schema at the
 * archive's version with Flyway, loads the rows in one transaction, moves the identity counters,
 * migrates on to this build's version, puts the media files back and rebuilds the search index.
 */
@Service
class BackupRestorer {

    private static final Duration REBUILD_WAIT = Duration.ofMinutes(30);

    private final DataSource dataSource;
    private final Flyway flyway;
    private final BackupProperties properties;
    private final MediaFolder media;
    private final SearchAdmin search;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    BackupRestorer(DataSource dataSource, Flyway flyway, BackupProperties properties, MediaFolder media,
                   SearchAdmin search, Clock clock) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.properties = properties;
        this.media = media;
        this.search = search;
        this.clock = clock;
    }

    /** What a restore did. */
    record Report(String schemaVersion, long rows, int files, Duration took) {
    }

    Report restore(Path file, PrintStream out) throws IOException, SQLException, InterruptedException {
        Instant start = clock.instant();
        try (Archive archive = Archive.open(file, json)) {
            Manifest manifest = archive.manifest();
            out.println("Checking " + file + " (schema " + manifest.schemaVersion() + ", made " + manifest.createdAt() + ")");
            archive.verify();
            media.check(manifest.media());
            MigrationVersion version = archiveVersion(manifest);
            refuseContent();
            prepareSchema(version, out);
            out.println("Loading rows:");
            try (Connection connection = dataSource.getConnection()) {
                RowLoader loader = new RowLoader(connection, json);
                List<Table> tables = loader.load(archive, properties.skipTables(), out);
                loader.moveIdentities(tables);
            }
            if (Schema.newest(flyway).compareTo(version) > 0) {
                out.println("Migrating from schema " + version + " to " + Schema.newest(flyway));
                flyway.migrate();
            }
            putMedia(archive, out);
            rebuildSearch(out);
            long rows = manifest.tables().stream().mapToLong(Manifest.TableEntry::rows).sum();
            return new Report(manifest.schemaVersion(), rows, manifest.media().size(), Duration.between(start, clock.instant()));
        }
    }

    private MigrationVersion archiveVersion(Manifest manifest) {
        MigrationVersion version;
        try {
            version = MigrationVersion.fromVersion(manifest.schemaVersion());
        } catch (RuntimeException e) {
            throw new RestoreRefused("restore.archive.badManifest", manifest.schemaVersion());
        }
        MigrationVersion newest = Schema.newest(flyway);
        if (version.compareTo(newest) > 0) {
            throw new RestoreRefused("restore.archive.newer", manifest.schemaVersion(), newest.getVersion());
        }
        if (!Schema.knows(flyway, version)) {
            throw new RestoreRefused("restore.archive.unknownVersion", manifest.schemaVersion());
        }
        return version;
    }

    private void refuseContent() throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            String table = EmptyInstallation.firstWithContent(connection, flyway, properties.skipTables());
            if (table != null) {
                throw new RestoreRefused("restore.notEmpty", table);
            }
        }
        if (!media.isEmpty()) {
            throw new RestoreRefused("restore.mediaNotEmpty");
        }
    }

    /**
     * The schema at the archive's version. The database was just found empty; if the start
     * migrated it past that version, it is cleaned (it holds nothing) and migrated to it again.
     */
    private void prepareSchema(MigrationVersion version, PrintStream out) {
        MigrationVersion now = MigrationVersion.fromVersion(Schema.current(flyway));
        if (now.equals(version)) {
            return;
        }
        out.println("Making the schema at version " + version + " (the database is at " + now + ")");
        Flyway toVersion = Flyway.configure(flyway.getConfiguration().getClassLoader())
                .configuration(flyway.getConfiguration()).target(version).cleanDisabled(false).load();
        if (now.compareTo(version) > 0) {
            toVersion.clean();
        }
        toVersion.migrate();
    }

    private void putMedia(Archive archive, PrintStream out) throws IOException {
        for (Manifest.FileEntry file : archive.manifest().media()) {
            try (InputStream in = archive.file(file)) {
                media.restore(file, in);
            }
        }
        out.println("Media files: " + archive.manifest().media().size());
    }

    /** Builds the search index from the restored articles and waits for it. */
    private void rebuildSearch(PrintStream out) throws InterruptedException {
        String before = search.status().lastRebuild();
        while (!search.startRebuild()) {
            Thread.sleep(100);
        }
        long until = System.nanoTime() + REBUILD_WAIT.toNanos();
        String after = search.status().lastRebuild();
        while (Objects.equals(before, after) && System.nanoTime() < until) {
            Thread.sleep(100);
            after = search.status().lastRebuild();
        }
        out.println("Search index: " + (after == null ? "still building; the next start of the site finishes it" : after));
    }
}
