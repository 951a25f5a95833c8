package io.iton.api;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.iton.history.AuditEntry;
import io.iton.history.AuditFilter;
import io.iton.history.AuditLog;
import io.iton.history.Revision;
import io.iton.history.RevisionSummary;
import io.iton.history.Revisions;
import io.iton.shared.SiteProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An article's revisions (newsroom accounts) and the audit log (administrators) as JSON. The
 * roles are said here and checked again by the history services.
 */
@RestController
class HistoryApi {

    /** One revision in full; {@code snapshot} is the whole article as it was saved. */
    record RevisionJson(@JsonUnwrapped RevisionSummary summary, String subtitle, String body, String slug, long authorId,
                        long categoryId, List<String> tags, String sponsorName, JsonNode snapshot) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Revisions revisions;
    private final AuditLog audit;
    private final SiteProperties site;

    HistoryApi(Revisions revisions, AuditLog audit, SiteProperties site) {
        this.revisions = revisions;
        this.audit = audit;
        this.site = site;
    }

    @GetMapping("/api/v1/articles/{id}/revisions")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'WRITER')")
    PageJson<RevisionSummary> revisions(@PathVariable long id, @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        return PageJson.of(revisions.of(id, ApiPaging.of(page, size)));
    }

    @GetMapping("/api/v1/articles/{id}/revisions/{revisionId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'WRITER')")
    RevisionJson revision(@PathVariable long id, @PathVariable long revisionId) {
        Revision r = revisions.find(id, revisionId);
        return new RevisionJson(r.summary(), r.subtitle(), r.body(), r.slug(), r.authorId(), r.categoryId(), r.tags(),
                r.sponsorName(), JSON.readTree(r.snapshot()));
    }

    @GetMapping("/api/v1/audit")
    @PreAuthorize("hasRole('ADMIN')")
    PageJson<AuditEntry> audit(@RequestParam(required = false) String user,
                               @RequestParam(required = false) String action,
                               @RequestParam(required = false) String article,
                               @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to,
                               @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        var query = new AuditFilter(user, action, article, from, to).toQuery(site.timeZone());
        return PageJson.of(audit.entries(query, ApiPaging.of(page, size)));
    }
}
