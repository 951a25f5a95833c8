package io.iton.wordpress;

import java.nio.file.Path;
import java.time.ZoneId;

import io.iton.article.Actor;

/**
 * How to run one import: {@code uploads} is a copy of the old site's {@code wp-content/uploads}
 * (or null: no images), {@code zone} is the old site's time zone, used only for posts whose GMT
 * time WordPress left blank (drafts), and {@code actor} is who the import acts as.
 */
record ImportOptions(boolean dryRun, Path uploads, ZoneId zone, Actor actor) {
}
