package io.iton.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts an archive's rows into a database whose schema is at the archive's version, in one
 * transaction: the rows the migrations made on their own are cleared first, tables are filled in
 * foreign-key order, in batches. Any failure rolls all of it back.
 */
final class RowLoader {

    static final int BATCH = 500;

    private final Connection connection;
    private final JsonMapper json;
    private final boolean postgres;

    RowLoader(Connection connection, JsonMapper json) throws SQLException {
        this.connection = connection;
        this.json = json;
        this.postgres = Snapshot.isPostgres(connection);
    }

    /** Loads every table and commits; returns the tables as the database describes them. */
    List<Table> load(Archive archive, Set<String> skip, PrintStream out) throws SQLException, IOException {
        Map<String, Manifest.TableEntry> entries = archive.manifest().tables().stream()
                .collect(Collectors.toMap(Manifest.TableEntry::name, Function.identity()));
        List<Table> tables = TableCatalog.read(connection, skip).stream().filter(t -> entries.containsKey(t.name())).toList();
        for (String name : entries.keySet()) {
            if (tables.stream().noneMatch(t -> t.name().equals(name))) {
                throw new RestoreRefused("restore.table.unknown", name);
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (Table table : tables.reversed()) {
                try (Statement s = connection.createStatement()) {
                    s.executeUpdate("DELETE FROM " + TableCatalog.quoted(table.name()));
                }
            }
            for (Table table : tables) {
                long rows = insert(table, entries.get(table.name()), archive);
                out.printf("  %-28s %,d%n", table.name(), rows);
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return tables;
    }

    private long insert(Table table, Manifest.TableEntry entry, Archive archive) throws SQLException, IOException {
        List<Table.Column> targets = new ArrayList<>();
        for (Manifest.ColumnEntry column : entry.columns()) {
            targets.add(table.column(column.name())
                    .orElseThrow(() -> new RestoreRefused("restore.column.unknown", table.name(), column.name())));
        }
        String sql = "INSERT INTO " + TableCatalog.quoted(table.name()) + " ("
                + targets.stream().map(c -> TableCatalog.quoted(c.name())).collect(Collectors.joining(", "))
                + ") VALUES (" + targets.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        long line = 0;
        try (PreparedStatement ps = connection.prepareStatement(sql); BufferedReader reader = archive.lines(entry)) {
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                JsonNode row = json.readTree(text);
                for (int i = 0; i < targets.size(); i++) {
                    Manifest.ColumnEntry column = entry.columns().get(i);
                    column.kind().bind(ps, i + 1, row.get(column.name()), targets.get(i).sqlType(), postgres);
                }
                ps.addBatch();
                if (line % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new RestoreRefused(e, "restore.table.failed", table.name(), line, e.getMessage());
        }
        if (line != entry.rows()) {
            throw new RestoreRefused("restore.archive.corrupt", entry.path());
        }
        return line;
    }

    /** Moves every identity counter past the largest id restored, so the next insert gets a new one. */
    void moveIdentities(List<Table> tables) throws SQLException {
        for (Table table : tables) {
            if (table.identity() == null) {
                continue;
            }
            long max;
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT MAX(" + TableCatalog.quoted(table.identity()) + ") FROM " + TableCatalog.quoted(table.name()))) {
                rs.next();
                max = rs.getLong(1);
                if (rs.wasNull()) {
                    continue;
                }
            }
            if (postgres) {
                try (PreparedStatement ps = connection.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), ?)")) {
                    ps.setString(1, TableCatalog.quoted(table.name()));
                    ps.setString(2, table.identity());
                    ps.setLong(3, max);
                    ps.execute();
                }
            } else {
                try (Statement s = connection.createStatement()) {
                    s.execute("ALTER TABLE " + TableCatalog.quoted(table.name()) + " ALTER COLUMN "
                            + TableCatalog.quoted(table.identity()) + " RESTART WITH " + (max + 1));
                }
            }
        }
    }
}
