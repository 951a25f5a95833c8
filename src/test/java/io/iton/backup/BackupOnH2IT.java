package io.iton.backup;

import io.iton.support.Engine;

/** A site on H2 (the embedded default), exported and restored into PostgreSQL. */
class BackupOnH2IT extends BackupContract {

    @Override
    Engine target() {
        return Engine.POSTGRESQL;
    }
}
