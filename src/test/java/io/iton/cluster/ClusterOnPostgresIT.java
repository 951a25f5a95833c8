package io.iton.cluster;

import io.iton.support.OnPostgres;

/** Two nodes on PostgreSQL, as in production. */
@OnPostgres
class ClusterOnPostgresIT extends ClusterContract {
}
