package io.iton.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The application's tables, read from the database's metadata at run time and put in
 * foreign-key order (a table after every table it references), so a table another feature adds
 * later is exported and restored without a change here. Tables named in
 * {@code iton.backup.skip-tables} (Flyway's history, locks, login tokens) are left out.
 */
final class TableCatalog {

    /** Only plain lower-case names are ever put into SQL text, quoted. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private TableCatalog() {
    }

    static List<Table> read(Connection connection, Set<String> skip) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, Table> tables = new TreeMap<>();
        for (String name : tableNames(meta, schema)) {
            if (!skip.contains(name)) {
                tables.put(name, describe(meta, schema, name));
            }
        }
        return inForeignKeyOrder(tables);
    }

    private static List<String> tableNames(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(plain(rs.getString("TABLE_NAME")));
            }
        }
        return names;
    }

    private static Table describe(DatabaseMetaData meta, String schema, String name) throws SQLException {
        List<Table.Column> columns = new ArrayList<>();
        String identity = null;
        try (ResultSet rs = meta.getColumns(null, schema, name, "%")) {
            while (rs.next()) {
                String column = plain(rs.getString("COLUMN_NAME"));
                int type = rs.getInt("DATA_TYPE");
                columns.add(new Table.Column(column, ColumnKind.of(type, rs.getString("TYPE_NAME")), type));
                if ("YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))) {
                    identity = column;
                }
            }
        }
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, name)) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), plain(rs.getString("COLUMN_NAME")));
            }
        }
        Set<String> references = new TreeSet<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, name)) {
            while (rs.next()) {
                references.add(plain(rs.getString("PKTABLE_NAME")));
            }
        }
        references.remove(name);
        return new Table(name, List.copyOf(columns), List.copyOf(key.values()), identity, references);
    }

    /** Kahn's order over the references; a cycle between tables cannot be restored row by row. */
    private static List<Table> inForeignKeyOrder(Map<String, Table> tables) {
        Map<String, Table> left = new LinkedHashMap<>(tables);
        Set<String> placed = new LinkedHashSet<>();
        List<Table> ordered = new ArrayList<>();
        while (!left.isEmpty()) {
            List<Table> ready = left.values().stream()
                    .filter(t -> t.references().stream().allMatch(r -> placed.contains(r) || !tables.containsKey(r)))
                    .toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException("foreign keys form a cycle between tables " + left.keySet());
            }
            for (Table t : ready) {
                ordered.add(t);
                placed.add(t.name());
                left.remove(t.name());
            }
        }
        return ordered;
    }

    /** The name itself, if it is a plain lower-case one (as H2 with DATABASE_TO_LOWER and PostgreSQL make them). */
    static String plain(String name) {
        if (name == null || !PLAIN_NAME.matcher(name).matches()) {
            throw new IllegalStateException("not a plain lower-case table or column name: " + name);
        }
        return name;
    }

    /** A checked name, quoted for SQL. */
    static String quoted(String name) {
        return "\"" + plain(name) + "\"";
    }
}
