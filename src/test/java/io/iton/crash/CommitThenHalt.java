package io.iton.crash;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Run as its own process by {@link H2DurabilityIT}: commits rows one by one on the database at
 * {@code args[0]}, says how many were committed, and ends the JVM the way {@code kill -9} does
 * ({@link Runtime#halt}: no shutdown hook, no close, nothing flushed on the way out).
 */
final class CommitThenHalt {

    private CommitThenHalt() {
    }

    public static void main(String[] args) throws SQLException {
        int rows = Integer.parseInt(args[1]);
        Connection connection = DriverManager.getConnection(args[0], "sa", "");
        connection.createStatement().execute("CREATE TABLE committed (id INT PRIMARY KEY, body VARCHAR(3000))");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO committed VALUES (?, ?)")) {
            for (int i = 0; i < rows; i++) {
                insert.setInt(1, i);
                insert.setString(2, "נשמר ".repeat(200));
                insert.executeUpdate();  // auto-commit: each row its own transaction, acknowledged on return
            }
        }
        System.out.println("committed " + rows);
        System.out.flush();
        Runtime.getRuntime().halt(9);
    }
}
