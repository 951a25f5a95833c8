package io.iton.article;

import io.iton.support.OnPostgres;

/** The workflow contract on PostgreSQL, the production database. */
@OnPostgres
class WorkflowOnPostgresIT extends WorkflowContract {
}
