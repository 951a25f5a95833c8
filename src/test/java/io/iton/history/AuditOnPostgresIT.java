package io.iton.history;

import io.iton.support.OnPostgres;

/** The audit contract on PostgreSQL, the production database. */
@OnPostgres
class AuditOnPostgresIT extends AuditContract {
}
