package io.iton.advert;

import java.util.Map;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.iton.account.Actors;
import io.iton.shared.Conflict;
import io.iton.shared.InvalidInput;
import io.iton.shared.Localizer;
import io.iton.shared.NewsroomController;
import io.iton.shared.PageRequest;
import io.iton.shared.SeeOther;

/**
 * {@code /newsroom/leads}: the sales desk's inbox (the sales role and administrators). Every form
 * names the version of the lead it was shown, so two people acting at once cannot undo each
 * other silently; the services check the desk's rights again.
 */
@NewsroomController
@PreAuthorize("hasAnyRole('ADMIN', 'SALES')")
class LeadsController {

    private static final String LIST = "/newsroom/leads";
    private static final Set<String> NOTICES = Set.of("status", "note", "assigned", "article", "anonymized",
            "anonymizedAll");

    private final Leads leads;
    private final LeadPrivacy privacy;
    private final LeadPages pages;
    private final Actors actors;
    private final Localizer t;

    LeadsController(Leads leads, LeadPrivacy privacy, LeadPages pages, Actors actors, Localizer t) {
        this.leads = leads;
        this.privacy = privacy;
        this.pages = pages;
        this.actors = actors;
        this.t = t;
    }

    @GetMapping(LIST)
    ModelAndView list(@RequestParam(required = false) String status, @RequestParam(required = false) String assignee,
                      @RequestParam(required = false) String q, @RequestParam(required = false) String page,
                      @RequestParam(required = false) String done, Authentication auth) {
        var filter = new LeadFilter(parse(status), number(assignee), q);
        String notice = "anonymizedAll".equals(done) ? t.text("leads.notice.anonymizedAll") : null;
        var view = new ModelAndView("newsroom/leads", Map.of("page",
                pages.list(filter, PageRequest.lenient(page, LeadPages.PAGE_SIZE), notice)));
        view.addObject("due", admin(auth) ? privacy.countDue() : 0L);
        return view;
    }

    @GetMapping(LIST + "/{id}")
    ModelAndView show(@PathVariable long id, @RequestParam(required = false) String done,
                      @RequestParam(required = false) String find, Authentication auth) {
        String notice = done != null && NOTICES.contains(done) ? t.text("leads.notice." + done) : null;
        return detail(id, find, Map.of(), notice, auth, HttpStatus.OK);
    }

    @PostMapping(LIST + "/{id}/status")
    ModelAndView status(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String to,
                        Authentication auth) {
        LeadStatus target = parse(to);
        if (target == null) {
            return detail(id, null, Map.of("status", t.text("leads.error.status")), null, auth, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return act(id, auth, "status", () -> leads.moveTo(id, version, target, actors.of(auth)));
    }

    @PostMapping(LIST + "/{id}/notes")
    ModelAndView note(@PathVariable long id, @RequestParam(required = false) String note, Authentication auth) {
        return act(id, auth, "note", () -> leads.addNote(id, note, actors.of(auth)));
    }

    @PostMapping(LIST + "/{id}/assignee")
    ModelAndView assign(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String assignee,
                        Authentication auth) {
        Long accountId = number(assignee);
        var account = pages.desk().stream().filter(a -> accountId != null && a.id() == accountId).findFirst();
        if (accountId != null && account.isEmpty()) {
            return detail(id, null, Map.of("assignee", t.text("leads.error.assignee")), null, auth, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return act(id, auth, "assigned", () -> leads.assign(id, version, accountId,
                account.map(a -> a.displayName()).orElse(null), actors.of(auth)));
    }

    @PostMapping(LIST + "/{id}/article")
    ModelAndView article(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String articleId,
                         Authentication auth) {
        Long article = number(articleId);
        if (article == null) {
            return detail(id, null, Map.of("articleId", t.text("leads.article.unknown")), null, auth, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return act(id, auth, "article", () -> leads.linkArticle(id, version, article, actors.of(auth)));
    }

    @GetMapping(LIST + "/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id, Authentication auth) {
        byte[] json = privacy.export(id, actors.of(auth));
        String reference = leads.find(id).map(Lead::reference).orElse("lead-" + id);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_JSON, java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(reference + ".json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(json);
    }

    @PostMapping(LIST + "/{id}/anonymize")
    @PreAuthorize("hasRole('ADMIN')")
    ModelAndView anonymize(@PathVariable long id, Authentication auth) {
        privacy.anonymize(id, actors.of(auth));
        return SeeOther.to(LIST + "/" + id + "?done=anonymized");
    }

    @PostMapping(LIST + "/anonymize")
    @PreAuthorize("hasRole('ADMIN')")
    ModelAndView anonymizeDue(Authentication auth) {
        privacy.anonymizeDue(actors.of(auth));
        return SeeOther.to(LIST + "?done=anonymizedAll");
    }

    private ModelAndView act(long id, Authentication auth, String done, Runnable change) {
        try {
            change.run();
            return SeeOther.to(LIST + "/" + id + "?done=" + done);
        } catch (InvalidInput refused) {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            refused.fieldErrors().forEach((field, key) -> errors.put(field, t.text(key)));
            return detail(id, null, errors, null, auth, HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (IllegalLeadTransition | Conflict stale) {
            return detail(id, null, Map.of("status", t.text("leads.error.stale")), null, auth, HttpStatus.CONFLICT);
        }
    }

    private ModelAndView detail(long id, String find, Map<String, String> errors, String notice, Authentication auth,
                                HttpStatus status) {
        var view = new ModelAndView("newsroom/lead", Map.of("page", pages.detail(id, find, errors, notice, admin(auth))));
        view.setStatus(status);
        return view;
    }

    private static boolean admin(Authentication auth) {
        return auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    private static LeadStatus parse(String status) {
        for (LeadStatus s : LeadStatus.values()) {
            if (s.name().equals(status)) {
                return s;
            }
        }
        return null;
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
