package io.iton.hostile;

import io.iton.support.OnPostgres;

/** Stored XSS and header injection through the advertising desk, on PostgreSQL. */
@OnPostgres
class AdvertXssOnPostgresIT extends AdvertXssContract {
}
