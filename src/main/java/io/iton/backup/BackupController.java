package io.iton.backup;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import io.iton.account.Actors;
import io.iton.article.Actor;
import io.iton.history.AuditLog;
import io.iton.history.AuditRecord;
import io.iton.shared.Forbidden;
import io.iton.shared.NewsroomController;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /newsroom/backup}, for administrators: a button that streams the full export archive
 * while the site goes on serving. Each download is recorded in the audit log: the archive holds
 * every account's password hash.
 */
@NewsroomController
class BackupController {

    private static final Logger log = LoggerFactory.getLogger(BackupController.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss").withZone(ZoneOffset.UTC);

    private final BackupExporter exporter;
    private final Actors actors;
    private final AuditLog audit;
    private final Clock clock;

    BackupController(BackupExporter exporter, Actors actors, AuditLog audit, Clock clock) {
        this.exporter = exporter;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/newsroom/backup")
    @PreAuthorize("hasRole('ADMIN')")
    String page() {
        return "newsroom/backup";
    }

    @PostMapping("/newsroom/backup/export")
    @PreAuthorize("hasRole('ADMIN')")
    void export(Authentication auth, HttpServletResponse response) throws IOException, SQLException {
        Actor actor = actors.of(auth);
        if (!actor.admin()) {
            throw new Forbidden("only administrators export the site");
        }
        audit.record(AuditRecord.of("backup.exported", actor.userId()));
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("iton-export-" + FILE_TIME.format(clock.instant()) + ".zip").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try {
            exporter.export(response.getOutputStream());
        } catch (IOException | SQLException | RuntimeException e) {
            // the response is already under way: the client gets a cut archive, which restore refuses
            log.error("Export failed part-way", e);
            throw e;
        }
        response.flushBuffer();
    }
}
