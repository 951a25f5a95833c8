package io.iton.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Tells whether a database holds content. Some migrations put rows in on their own (the
 * publishing job's state row, say), so "empty" means: no table has more rows than the same
 * migrations leave in a brand-new in-memory database. That holds for tables added later too.
 */
final class EmptyInstallation {

    private EmptyInstallation() {
    }

    /** The first table holding content, or null if there is none. */
    static String firstWithContent(Connection target, Flyway flyway, Set<String> skip) throws SQLException {
        Map<String, Long> fresh = freshCounts(flyway, skip);
        for (Table table : TableCatalog.read(target, skip)) {
            if (count(target, table.name()) > fresh.getOrDefault(table.name(), 0L)) {
                return table.name();
            }
        }
        return null;
    }

    private static Map<String, Long> freshCounts(Flyway flyway, Set<String> skip) throws SQLException {
        // H2 is always on the class path (it is the embedded default), whatever the site runs on.
        var memory = new DriverManagerDataSource("jdbc:h2:mem:iton-fresh-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
        MigrationVersion version = MigrationVersion.fromVersion(Schema.current(flyway));
        Flyway.configure(flyway.getConfiguration().getClassLoader()).configuration(flyway.getConfiguration())
                .dataSource(memory).target(version).load().migrate();
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = memory.getConnection()) {
            List<Table> tables = TableCatalog.read(connection, skip);
            for (Table table : tables) {
                counts.put(table.name(), count(connection, table.name()));
            }
            try (Statement s = connection.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
        return counts;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + TableCatalog.quoted(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
