package io.iton.backup;

import io.iton.support.OnPostgres;

/** An export during writes on PostgreSQL: one REPEATABLE READ, read-only transaction. */
@OnPostgres
class ConsistentExportOnPostgresIT extends ConsistentExportContract {
}
