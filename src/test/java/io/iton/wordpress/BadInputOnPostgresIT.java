package io.iton.wordpress;

import io.iton.support.OnPostgres;

/** Broken exports on PostgreSQL. */
@OnPostgres
class BadInputOnPostgresIT extends BadInputContract {
}
