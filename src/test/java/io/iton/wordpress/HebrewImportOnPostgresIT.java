package io.iton.wordpress;

import io.iton.support.OnPostgres;

/** The Hebrew import through the command, on PostgreSQL. */
@OnPostgres
class HebrewImportOnPostgresIT extends HebrewImportContract {
}
