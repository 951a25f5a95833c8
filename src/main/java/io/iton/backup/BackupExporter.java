package io.iton.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the whole site to one zip archive as it streams out: each table's rows as JSON lines,
 * read in one snapshot transaction while the site keeps serving and writing, then the media
 * files, then the manifest. Memory stays flat: rows are fetched in batches and written one by one.
 */
@Service
class BackupExporter {

    static final int FETCH = 500;

    private final DataSource dataSource;
    private final Flyway flyway;
    private final BackupProperties properties;
    private final MediaFolder media;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    BackupExporter(DataSource dataSource, Flyway flyway, BackupProperties properties, MediaFolder media, Clock clock) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.properties = properties;
        this.media = media;
        this.clock = clock;
    }

    /** Writes the archive to {@code out} and finishes it (the stream itself stays open). */
    Manifest export(OutputStream out) throws IOException, SQLException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        String createdAt = clock.instant().toString();
        String version = Schema.current(flyway);
        List<Manifest.TableEntry> tables = new ArrayList<>();
        String database;
        try (Connection connection = dataSource.getConnection(); Snapshot snapshot = new Snapshot(connection)) {
            database = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            for (Table table : TableCatalog.read(snapshot.connection(), properties.skipTables())) {
                tables.add(write(snapshot.connection(), table, zip));
            }
        }
        List<Manifest.FileEntry> files = media.export(zip);
        Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.APPLICATION, version, createdAt, database, tables, files);
        zip.putNextEntry(new ZipEntry(Manifest.NAME));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return manifest;
    }

    private Manifest.TableEntry write(Connection connection, Table table, ZipOutputStream zip)
            throws IOException, SQLException {
        String columns = table.columns().stream().map(c -> TableCatalog.quoted(c.name())).collect(Collectors.joining(", "));
        String order = table.primaryKey().isEmpty() ? columns
                : table.primaryKey().stream().map(TableCatalog::quoted).collect(Collectors.joining(", "));
        String sql = "SELECT " + columns + " FROM " + TableCatalog.quoted(table.name()) + " ORDER BY " + order;
        List<Manifest.ColumnEntry> kinds = table.columns().stream()
                .map(c -> new Manifest.ColumnEntry(c.name(), c.kind())).toList();
        zip.putNextEntry(new ZipEntry(Manifest.TableEntry.path(table.name())));
        Hashing out = new Hashing(zip);
        long rows = 0;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setFetchSize(FETCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 0; i < table.columns().size(); i++) {
                        Table.Column column = table.columns().get(i);
                        row.put(column.name(), column.kind().read(rs, i + 1));
                    }
                    out.write(json.writeValueAsBytes(row));
                    out.write('\n');
                    rows++;
                }
            }
        }
        zip.closeEntry();
        return new Manifest.TableEntry(table.name(), rows, out.count(), out.hex(), kinds);
    }
}
