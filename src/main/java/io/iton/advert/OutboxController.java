package io.iton.advert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.iton.shared.Localizer;
import io.iton.shared.NewsroomController;
import io.iton.shared.PageRequest;
import io.iton.shared.PublicationTime;
import io.iton.shared.SeeOther;

/** {@code /newsroom/outbox}: the sales desk and administrators see what mail waits, left, or failed, and retry a failed one. */
@NewsroomController
@PreAuthorize("hasAnyRole('ADMIN', 'SALES')")
class OutboxController {

    private static final int PAGE_SIZE = 50;

    private final Outbox outbox;
    private final PublicationTime time;
    private final Localizer t;

    OutboxController(Outbox outbox, PublicationTime time, Localizer t) {
        this.outbox = outbox;
        this.time = time;
        this.t = t;
    }

    @GetMapping("/newsroom/outbox")
    ModelAndView list(@RequestParam(required = false) String status, @RequestParam(required = false) String page,
                      @RequestParam(required = false) String done) {
        MailStatus filter = null;
        for (MailStatus s : MailStatus.values()) {
            if (s.name().equals(status)) {
                filter = s;
            }
        }
        var found = outbox.list(filter, PageRequest.lenient(page, PAGE_SIZE));
        var rows = found.items().stream().map(m -> new OutboxPage.Row(m.id(), m.recipient(), m.subject(),
                t.text("outbox.status." + m.status()), m.status() == MailStatus.FAILED, m.attempts(),
                m.status() == MailStatus.PENDING ? time.human(m.nextAttemptAt()) : null, m.lastError(),
                time.human(m.createdAt()), time.machine(m.createdAt()), m.sentAt() == null ? null : time.human(m.sentAt()),
                m.attachments())).toList();
        List<LeadsPage.Option> statuses = new ArrayList<>();
        for (MailStatus s : MailStatus.values()) {
            statuses.add(new LeadsPage.Option(s.name(), t.text("outbox.status." + s), s == filter));
        }
        String query = filter == null ? "" : "status=" + filter.name() + "&";
        return new ModelAndView("newsroom/outbox", Map.of("page", new OutboxPage(rows, statuses, outbox.canSend(),
                outbox.count(MailStatus.PENDING), outbox.count(MailStatus.FAILED),
                found.hasPrevious() ? "/newsroom/outbox?" + query + "page=" + (found.number() - 1) : null,
                found.hasNext() ? "/newsroom/outbox?" + query + "page=" + (found.number() + 1) : null,
                t.text("leads.position", found.number(), found.totalPages()),
                "retried".equals(done) ? t.text("outbox.notice.retried") : null)));
    }

    @PostMapping("/newsroom/outbox/{id}/retry")
    ModelAndView retry(@PathVariable long id) {
        outbox.retry(id);
        return SeeOther.to("/newsroom/outbox?done=retried");
    }
}
