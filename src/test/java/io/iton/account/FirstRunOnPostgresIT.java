package io.iton.account;

import io.iton.support.OnPostgres;

/** The first-run contract on PostgreSQL, the production database. */
@OnPostgres
class FirstRunOnPostgresIT extends FirstRunContract {
}
