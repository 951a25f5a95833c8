package io.iton.hostile;

import io.iton.support.OnPostgres;

/** Stored XSS in every content field, on PostgreSQL. */
@OnPostgres
class StoredXssOnPostgresIT extends StoredXssContract {
}
