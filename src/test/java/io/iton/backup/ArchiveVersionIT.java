package io.iton.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import io.iton.media.MediaFiles;
import io.iton.media.MediaProperties;
import io.iton.support.Engine;
import io.iton.support.TestDb;

/**
 * An archive made by an older version restores into this one: the schema is made at the archive's
 * version, the rows go in, and the migrations since then run over them. One made by a newer
 * version is refused.
 */
class ArchiveVersionIT {

    static final String OLDER = "18";

    @Test
    void anOlderArchiveIsRestoredAtItsVersionThenMigratedOn() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "older-");
        Path archive = folder.resolve("older.zip");
        try (TestDb old = olderDatabase()) {
            JdbcClient jdbc = old.jdbc();
            jdbc.sql("INSERT INTO category (slug, name, description) VALUES ('ישן', 'קטגוריה ישנה', 'מגרסה 18')").update();
            jdbc.sql("INSERT INTO tag (slug, name) VALUES ('תג-ישן', 'תג ישן')").update();
            try (OutputStream out = Files.newOutputStream(archive)) {
                exporter(old.dataSource(), folder).export(out);
            }
        }
        try (Installation fresh = Installation.empty(Engine.H2)) {
            Installation.Run newer = fresh.command("restore", newer(archive, folder).toString());
            assertThat(newer.exitCode()).isEqualTo(1);
            assertThat(newer.output()).contains("השחזור לא בוצע", "999", "חדשה");

            Installation.Run run = fresh.command("restore", archive.toString());
            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(run.output()).contains("Making the schema at version " + OLDER, "Migrating from schema " + OLDER);
            JdbcClient there = fresh.jdbc();
            assertThat(there.sql("SELECT name FROM category WHERE slug = 'ישן'").query(String.class).single())
                    .isEqualTo("קטגוריה ישנה");
            assertThat(there.sql("SELECT MAX(installed_rank) FROM flyway_schema_history").query(Integer.class).single())
                    .isGreaterThan(Integer.parseInt(OLDER));
            there.sql("INSERT INTO tag (slug, name) VALUES ('תג-חדש', 'תג חדש')").update();
            assertThat(there.sql("SELECT id FROM tag WHERE slug = 'תג-חדש'").query(Long.class).single())
                    .as("the identity counter moved past the restored ids").isGreaterThan(
                            there.sql("SELECT id FROM tag WHERE slug = 'תג-ישן'").query(Long.class).single());
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private static TestDb olderDatabase() {
        TestDb db = TestDb.create(Engine.H2);
        // TestDb migrates to the newest version; this one must stay at an older one
        Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration").cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration").target(OLDER).load().migrate();
        return db;
    }

    private static BackupExporter exporter(DataSource dataSource, Path folder) throws IOException {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        MediaProperties media = new MediaProperties(folder.resolve("media"), 10_485_760, 50_000_000, List.of(320), 0.85f);
        return new BackupExporter(dataSource, flyway, new BackupProperties(Set.of("flyway_schema_history", "shedlock",
                "persistent_logins", "password_reset")), new MediaFolder(MediaFiles.folder(media, folder)), Clock.systemUTC());
    }

    /** The same archive, but claiming a schema version this build does not have yet. */
    private static Path newer(Path archive, Path folder) throws IOException {
        Path newer = folder.resolve("newer.zip");
        try (ZipFile in = new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(newer), StandardCharsets.UTF_8)) {
            for (ZipEntry entry : in.stream().toList()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    byte[] bytes = data.readAllBytes();
                    if (entry.getName().equals(Manifest.NAME)) {
                        bytes = new String(bytes, StandardCharsets.UTF_8)
                                .replace("\"schemaVersion\" : \"" + OLDER + "\"", "\"schemaVersion\" : \"999\"")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
        return newer;
    }
}
