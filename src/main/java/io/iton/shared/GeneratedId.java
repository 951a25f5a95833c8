package io.iton.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** The {@code id} an INSERT generated, read the same way on H2 and PostgreSQL. */
public final class GeneratedId {

    private GeneratedId() {
    }

    public static long of(JdbcClient.StatementSpec insert) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        insert.update(keys, "id");
        Number id = keys.getKeyAs(Number.class);
        if (id == null) {
            throw new IllegalStateException("the database returned no id for the insert");
        }
        return id.longValue();
    }
}
