package io.iton.category;

import io.iton.support.OnPostgres;

/** Category and tag management on PostgreSQL, the production database. */
@OnPostgres
class TaxonomyOnPostgresIT extends TaxonomyContract {
}
