package io.iton.media;

import io.iton.support.OnPostgres;

/** The media contract on PostgreSQL, the production database. */
@OnPostgres
class MediaOnPostgresIT extends MediaContract {
}
