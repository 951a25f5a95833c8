package io.iton.backup;

import java.util.Arrays;
import java.util.Objects;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/** The schema versions Flyway knows: the database's now, and the newest this build can make. */
final class Schema {

    private Schema() {
    }

    /** The version the database is at, or "0" before the first migration. */
    static String current(Flyway flyway) {
        MigrationInfo current = flyway.info().current();
        return current == null || current.getVersion() == null ? "0" : current.getVersion().getVersion();
    }

    /** The newest version among this build's migrations. */
    static MigrationVersion newest(Flyway flyway) {
        return Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion).filter(Objects::nonNull)
                .max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
    }

    /** True when this build has a migration of exactly this version. */
    static boolean knows(Flyway flyway, MigrationVersion version) {
        return Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion).anyMatch(version::equals);
    }
}
