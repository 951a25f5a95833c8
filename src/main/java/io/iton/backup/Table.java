package io.iton.backup;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One table as the database describes it: columns in order, primary key, the identity column if
 * any (its counter is moved past the restored ids), and the tables its foreign keys point at.
 */
record Table(String name, List<Column> columns, List<String> primaryKey, String identity, Set<String> references) {

    /** One column: its name, how its values travel, and its JDBC type for binding NULLs. */
    record Column(String name, ColumnKind kind, int sqlType) {
    }

    Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
