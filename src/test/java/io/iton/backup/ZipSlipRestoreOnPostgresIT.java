package io.iton.backup;

import org.junit.jupiter.api.BeforeAll;

import io.iton.support.Engine;
import io.iton.support.Postgres;

/** Zip-slip in restore, on PostgreSQL. */
class ZipSlipRestoreOnPostgresIT extends ZipSlipRestoreContract {

    @BeforeAll
    static void server() {
        Postgres.assumeReachable();
    }

    @Override
    Engine engine() {
        return Engine.POSTGRESQL;
    }
}
