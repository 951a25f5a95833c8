package io.iton.newsroom;

import io.iton.support.OnPostgres;

/** The editor contract on PostgreSQL, the production database. */
@OnPostgres
class EditorOnPostgresIT extends EditorContract {
}
