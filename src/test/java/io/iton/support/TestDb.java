package io.iton.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * A fresh, migrated database of one engine: H2 in file mode in a temporary folder (as the
 * embedded default runs), or a new PostgreSQL database. Closing it deletes it.
 */
public final class TestDb implements AutoCloseable {

    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private final Engine engine;
    private final DataSource dataSource;
    private final Path h2Folder;
    private final String pgDatabase;

    private TestDb(Engine engine, DataSource dataSource, Path h2Folder, String pgDatabase) {
        this.engine = engine;
        this.dataSource = dataSource;
        this.h2Folder = h2Folder;
        this.pgDatabase = pgDatabase;
    }

    public static TestDb create(Engine engine) {
        TestDb db = switch (engine) {
            case H2 -> h2();
            case POSTGRESQL -> postgres();
        };
        Flyway.configure().dataSource(db.dataSource).locations("classpath:db/migration").load().migrate();
        return db;
    }

    private static TestDb h2() {
        try {
            Path folder = Files.createTempDirectory("iton-h2-");
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:file:" + folder.resolve("iton") + H2_OPTIONS);
            ds.setUser("sa");
            return new TestDb(Engine.H2, ds, folder, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestDb postgres() {
        String name = Postgres.createDatabase();
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(Postgres.url(name));
        ds.setUser(Postgres.USER);
        return new TestDb(Engine.POSTGRESQL, ds, null, name);
    }

    public Engine engine() {
        return engine;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    @Override
    public void close() {
        if (h2Folder != null) {
            jdbc().sql("SHUTDOWN").update();
            FileSystemUtils.deleteRecursively(h2Folder.toFile());
        }
        if (pgDatabase != null) {
            Postgres.dropDatabase(pgDatabase);
        }
    }
}
