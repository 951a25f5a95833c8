package io.iton.wordpress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import io.iton.article.Actor;
import io.iton.shared.SiteProperties;

/**
 * Imports started from the newsroom, one at a time on this node, in the background: the page
 * that started one shows its progress and, at the end, its report. The uploaded file is deleted
 * when the import ends. A node that stops mid-import loses only the job's page: run the same
 * file again and it goes on where it stopped.
 */
@Component
class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    /** One import: what it was given and how far it got. */
    static final class Job {
        final String fileName;
        final Instant started;
        final ImportReport report;
        volatile String error;

        Job(String fileName, Instant started, ImportReport report) {
            this.fileName = fileName;
            this.started = started;
            this.report = report;
        }

        boolean running() {
            return !report.finished() && error == null;
        }
    }

    private final WordPressImporter importer;
    private final SiteProperties site;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("wordpress-import").daemon(true).factory());
    private final AtomicReference<Job> current = new AtomicReference<>();

    ImportJobs(WordPressImporter importer, SiteProperties site, Clock clock) {
        this.importer = importer;
        this.site = site;
        this.clock = clock;
    }

    Job current() {
        return current.get();
    }

    /** Starts importing {@code file} (which this takes over); false while another import runs. */
    synchronized boolean start(Path file, String fileName, boolean dryRun, Actor actor) {
        Job running = current.get();
        if (running != null && running.running()) {
            return false;
        }
        ImportRun run = new ImportRun(new ImportOptions(dryRun, null, site.timeZone(), actor), ImportProgress.NONE);
        Job job = new Job(fileName, clock.instant(), run.report);
        current.set(job);
        worker.execute(() -> {
            try {
                importer.run(file, run);
            } catch (IOException | RuntimeException e) {
                log.error("WordPress import of {} failed", fileName, e);
                job.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            } finally {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("Could not delete the uploaded export {}", file, e);
                }
            }
        });
        return true;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
