package io.iton.backup;

import io.iton.support.Engine;
import io.iton.support.OnPostgres;

/** A site on PostgreSQL, exported and restored into H2. */
@OnPostgres
class BackupOnPostgresIT extends BackupContract {

    @Override
    Engine target() {
        return Engine.H2;
    }
}
