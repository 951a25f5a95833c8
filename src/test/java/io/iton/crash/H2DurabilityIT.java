package io.iton.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.iton.support.NodeProcess;

/**
 * A commit the embedded database acknowledged survives {@code kill -9} of the process, with the
 * database address the program really uses (the default of {@code spring.datasource.url}). H2's
 * default writes commits to the file up to a second later, from a background thread: before
 * {@code WRITE_DELAY=0}, this test found the database empty after the kill, table and all.
 */
class H2DurabilityIT {

    private static final int ROWS = 3_000;

    @Test
    void everyAcknowledgedCommitSurvivesKillNine() throws Exception {
        for (int run = 0; run < 3; run++) {
            Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "h2-kill-")
                    .toAbsolutePath();
            try {
                String url = programUrl(folder);
                assertThat(commitThenHalt(url)).isEqualTo("committed " + ROWS);
                assertThat(count(url)).as("rows after kill -9, run " + run).isEqualTo(ROWS);
            } finally {
                NodeProcess.deleteFolder(folder);
            }
        }
    }

    /** The embedded database address of application.properties, in {@code folder}. */
    static String programUrl(Path folder) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = H2DurabilityIT.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String value = properties.getProperty("spring.datasource.url");
        String fallback = value.substring(value.indexOf(':') + 1, value.lastIndexOf('}'));
        return fallback.replace("${iton.data-dir}", folder.toString());
    }

    private static String commitThenHalt(String url) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CommitThenHalt.class.getName(), url, Integer.toString(ROWS)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(9);
        return output.lines().reduce((a, b) -> b).orElse("");
    }

    private static int count(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM committed")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
