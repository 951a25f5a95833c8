package io.iton.wordpress;

/** Who watches an import: the console's progress bar, or the newsroom's job. */
interface ImportProgress {

    /** Another item was handled; called often, so a watcher decides itself when to show it. */
    default void advanced(ImportReport report) {
    }

    default void warned(ImportReport.Warning warning) {
    }

    /** A dry run's line saying what would be imported. */
    default void planned(String line) {
    }

    ImportProgress NONE = new ImportProgress() {
    };
}
