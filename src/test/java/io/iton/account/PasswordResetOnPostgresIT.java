package io.iton.account;

import io.iton.support.OnPostgres;

/** The password-reset contract on PostgreSQL, the production database. */
@OnPostgres
class PasswordResetOnPostgresIT extends PasswordResetContract {
}
