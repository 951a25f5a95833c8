package io.iton.backup;

/** An export during writes on H2: its SNAPSHOT isolation level. */
class ConsistentExportOnH2IT extends ConsistentExportContract {
}
