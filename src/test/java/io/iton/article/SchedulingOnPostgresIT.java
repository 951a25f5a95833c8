package io.iton.article;

import io.iton.support.OnPostgres;

/** Scheduled publishing on PostgreSQL, the production database. */
@OnPostgres
class SchedulingOnPostgresIT extends SchedulingContract {
}
