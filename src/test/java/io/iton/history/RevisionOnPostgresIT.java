package io.iton.history;

import io.iton.support.OnPostgres;

/** The revision contract on PostgreSQL, the production database. */
@OnPostgres
class RevisionOnPostgresIT extends RevisionContract {
}
