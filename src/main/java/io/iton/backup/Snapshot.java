package io.iton.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * One read-only transaction that sees the database as it was at one moment while the site goes
 * on writing: REPEATABLE READ on PostgreSQL (a snapshot taken at the first query), SNAPSHOT on
 * H2 (its MVStore's isolation level with neither non-repeatable nor phantom reads). Closing it
 * rolls back and gives the connection back as it found it.
 */
final class Snapshot implements AutoCloseable {

    private final Connection connection;
    private final boolean autoCommit;
    private final int isolation;
    private final boolean postgres;

    Snapshot(Connection connection) throws SQLException {
        this.connection = connection;
        this.autoCommit = connection.getAutoCommit();
        this.isolation = connection.getTransactionIsolation();
        this.postgres = isPostgres(connection);
        connection.setAutoCommit(false);
        if (postgres) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
        } else {
            try (Statement s = connection.createStatement()) {
                s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            }
        }
    }

    static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        connection.rollback();
        if (postgres) {
            connection.setReadOnly(false);
        }
        connection.setTransactionIsolation(isolation);
        connection.setAutoCommit(autoCommit);
    }
}
