package io.iton.account;

import io.iton.support.OnPostgres;

/** The user administration contract on PostgreSQL, the production database. */
@OnPostgres
class UserAdministrationOnPostgresIT extends UserAdministrationContract {
}
