package io.iton.hostile;

import io.iton.support.OnPostgres;

/** CSRF on every state-changing form, on PostgreSQL. */
@OnPostgres
class CsrfOnPostgresIT extends CsrfContract {
}
