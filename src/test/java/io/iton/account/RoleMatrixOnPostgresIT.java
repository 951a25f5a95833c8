package io.iton.account;

import io.iton.support.OnPostgres;

/** The role × action table on PostgreSQL, the production database. */
@OnPostgres
class RoleMatrixOnPostgresIT extends RoleMatrixContract {
}
