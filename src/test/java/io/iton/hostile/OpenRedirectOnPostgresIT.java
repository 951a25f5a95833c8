package io.iton.hostile;

import io.iton.support.OnPostgres;

/** Open redirects, on PostgreSQL. */
@OnPostgres
class OpenRedirectOnPostgresIT extends OpenRedirectContract {
}
