package io.iton.feed;

import io.iton.support.OnPostgres;

/** Feeds on PostgreSQL, the production database. */
@OnPostgres
class FeedOnPostgresIT extends FeedContract {
}
