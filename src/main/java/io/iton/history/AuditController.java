package io.iton.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.iton.shared.InvalidInput;
import io.iton.shared.Localizer;
import io.iton.shared.NewsroomController;
import io.iton.shared.Page;
import io.iton.shared.PageRequest;
import io.iton.shared.PublicationTime;
import io.iton.shared.SiteProperties;

/** {@code /newsroom/audit}: the audit log, filtered and paged, for administrators only. */
@NewsroomController
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditLog log;
    private final Labels labels;
    private final PublicationTime time;
    private final SiteProperties site;
    private final Localizer t;

    AuditController(AuditLog log, Labels labels, PublicationTime time, SiteProperties site, Localizer t) {
        this.log = log;
        this.labels = labels;
        this.time = time;
        this.site = site;
        this.t = t;
    }

    @GetMapping("/newsroom/audit")
    @PreAuthorize("hasRole('ADMIN')")
    ModelAndView audit(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
                       @RequestParam(required = false) String article, @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to,
                       @RequestParam(name = "page", required = false) String page) {
        AuditFilter filter = new AuditFilter(user, action, article, from, to);
        Map<String, String> errors = new LinkedHashMap<>();
        AuditQuery query = null;
        try {
            query = filter.toQuery(site.timeZone());
        } catch (InvalidInput e) {
            e.fieldErrors().forEach((field, key) -> errors.put(field, t.text(key)));
        }
        int number = Pager.number(page);
        if (number < 1) {
            errors.put("page", t.text("error.badPageNumber"));
        }
        Page<AuditEntry> entries = errors.isEmpty() ? log.entries(query, new PageRequest(number, PAGE_SIZE))
                : new Page<>(List.of(), 1, PAGE_SIZE, 0);
        String base = "/newsroom/audit" + (filter.queryString().isEmpty() ? "" : "?" + filter.queryString());
        var model = new AuditPage(filter, errors, users(), actions(), entries.items().stream().map(this::row).toList(),
                entries.total(), Pager.of(entries, base));
        ModelAndView view = new ModelAndView("newsroom/audit", Map.of("page", model));
        if (!errors.isEmpty()) {
            view.setStatus(HttpStatus.BAD_REQUEST);
        }
        return view;
    }

    private AuditPage.Row row(AuditEntry e) {
        String who = e.actorId() == null ? t.text("audit.system") : e.actorName() == null ? "#" + e.actorId() : e.actorName();
        boolean isArticle = "article".equals(e.subjectKind()) && e.subjectId() != null;
        String subject = isArticle ? t.text("audit.subject.article", e.subjectId())
                + (e.subjectLabel() == null ? "" : ": " + e.subjectLabel())
                : e.subjectLabel() != null ? e.subjectLabel()
                : e.subjectKind() != null ? e.subjectKind() + (e.subjectId() == null ? "" : " #" + e.subjectId())
                : null;
        List<AuditPage.Detail> details = new ArrayList<>();
        e.details().forEach((key, value) -> details.add(new AuditPage.Detail(labels.detail(key),
                key.equals("status") ? labels.status(value) : value)));
        return new AuditPage.Row(time.human(e.occurredAt()), time.machine(e.occurredAt()), who, labels.action(e.action()),
                subject, isArticle ? RevisionPages.listPath(e.subjectId()) : null, details);
    }

    private List<AuditPage.Option> users() {
        return log.actors().entrySet().stream()
                .map(a -> new AuditPage.Option(a.getKey().toString(), a.getValue() == null ? "#" + a.getKey() : a.getValue()))
                .toList();
    }

    private List<AuditPage.Option> actions() {
        return log.actions().stream().map(a -> new AuditPage.Option(a, labels.action(a))).toList();
    }
}
