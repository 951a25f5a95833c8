package io.iton.ops;

import io.iton.support.OnPostgres;

/** Operations and hardening on PostgreSQL, the production database. */
@OnPostgres
class OpsOnPostgresIT extends OpsContract {
}
