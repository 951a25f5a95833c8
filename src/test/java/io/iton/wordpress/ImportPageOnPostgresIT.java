package io.iton.wordpress;

import io.iton.support.OnPostgres;

/** The newsroom import page on PostgreSQL. */
@OnPostgres
class ImportPageOnPostgresIT extends ImportPageContract {
}
