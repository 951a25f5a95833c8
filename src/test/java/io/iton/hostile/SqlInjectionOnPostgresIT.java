package io.iton.hostile;

import io.iton.support.OnPostgres;

/** SQL injection in every endpoint, on PostgreSQL. */
@OnPostgres
class SqlInjectionOnPostgresIT extends SqlInjectionContract {
}
