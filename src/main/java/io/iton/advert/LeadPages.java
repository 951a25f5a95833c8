package io.iton.advert;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.iton.account.Accounts;
import io.iton.account.Role;
import io.iton.account.UserAccount;
import io.iton.article.ArticleQuery;
import io.iton.article.Articles;
import io.iton.shared.Localizer;
import io.iton.shared.NotFound;
import io.iton.shared.Page;
import io.iton.shared.PageRequest;
import io.iton.shared.PublicationTime;

/** Builds the inbox's pages: labels, names and times as people read them. */
@Component
class LeadPages {

    static final int PAGE_SIZE = 25;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final Leads leads;
    private final Outbox outbox;
    private final Accounts accounts;
    private final Articles articles;
    private final AdvertProperties properties;
    private final PublicationTime time;
    private final Localizer t;
    private final Clock clock;
    private final Quotes quotes;

    LeadPages(Leads leads, Outbox outbox, Accounts accounts, Articles articles, AdvertProperties properties,
              PublicationTime time, Localizer t, Clock clock, Quotes quotes) {
        this.quotes = quotes;
        this.leads = leads;
        this.outbox = outbox;
        this.accounts = accounts;
        this.articles = articles;
        this.properties = properties;
        this.time = time;
        this.t = t;
        this.clock = clock;
    }

    /** The accounts a lead may be given to: enabled sales and administrator accounts. */
    List<UserAccount> desk() {
        return accounts.list().stream().filter(UserAccount::enabled)
                .filter(a -> a.role() == Role.SALES || a.role() == Role.ADMIN).toList();
    }

    LeadsPage list(LeadFilter filter, PageRequest request, String notice) {
        Page<Lead> page = leads.list(filter, request);
        Map<Long, String> names = names(page.items().stream().map(Lead::assigneeId).collect(Collectors.toSet()));
        var rows = page.items().stream().map(l -> new LeadsPage.Row(l.id(), l.reference(), l.company(), l.name(),
                status(l.status()), time.human(l.receivedAt()), time.machine(l.receivedAt()),
                l.assigneeId() == null ? t.text("leads.unassigned") : names.getOrDefault(l.assigneeId(), "#" + l.assigneeId()),
                String.join(", ", l.products()))).toList();
        List<LeadsPage.Option> statuses = new ArrayList<>();
        for (LeadStatus s : LeadStatus.values()) {
            statuses.add(new LeadsPage.Option(s.name(), status(s), s == filter.status()));
        }
        var assignees = desk().stream().map(a -> new LeadsPage.Option(Long.toString(a.id()), a.displayName(),
                Objects.equals(a.id(), filter.assigneeId()))).toList();
        String query = query(filter);
        return new LeadsPage(rows, statuses, assignees, filter.text() == null ? "" : filter.text(), page.total(),
                page.hasPrevious() ? "/newsroom/leads?" + query + "page=" + (page.number() - 1) : null,
                page.hasNext() ? "/newsroom/leads?" + query + "page=" + (page.number() + 1) : null,
                t.text("leads.position", page.number(), page.totalPages()), notice);
    }

    LeadPage detail(long id, String articleQuery, Map<String, String> errors, String notice, boolean admin) {
        Lead lead = leads.find(id).orElseThrow(() -> new NotFound("lead " + id));
        List<LeadEvent> events = leads.history(id);
        Set<Long> people = new HashSet<>();
        events.forEach(e -> people.add(e.actorId()));
        people.add(lead.assigneeId());
        Map<Long, String> names = names(people);
        Map<Long, OutboxEntry> mails = outbox.entries(events.stream().map(LeadEvent::mailId).filter(Objects::nonNull)
                .toList()).stream().collect(Collectors.toMap(OutboxEntry::id, Function.identity()));
        var history = events.stream().map(e -> history(e, names)).toList();
        var mailRows = events.stream().filter(e -> e.mailId() != null && mails.containsKey(e.mailId()))
                .map(e -> mail(e, mails.get(e.mailId()))).toList();
        var moves = lead.status().next().stream().map(s -> new LeadsPage.Option(s.name(), status(s), false)).toList();
        var assignees = desk().stream().map(a -> new LeadsPage.Option(Long.toString(a.id()), a.displayName(),
                Objects.equals(a.id(), lead.assigneeId()))).toList();
        var article = lead.articleId() == null ? null : articles.find(lead.articleId()).orElse(null);
        List<LeadsPage.Option> candidates = articleQuery == null || articleQuery.isBlank() ? List.of()
                : articles.find(new ArticleQuery(null, null, null, null, articleQuery), PageRequest.first(10)).items()
                .stream().map(a -> new LeadsPage.Option(Long.toString(a.id()), "#" + a.id() + " " + a.title(), false))
                .toList();
        boolean mayAnonymize = admin && !lead.anonymized()
                && lead.receivedAt().isBefore(clock.instant().minus(properties.leadRetention()));
        return new LeadPage(lead, status(lead.status()), time.human(lead.receivedAt()), time.machine(lead.receivedAt()),
                lead.budget() == null ? "—" : t.text(LeadBudget.valueOf(lead.budget()).messageKey()), dates(lead),
                moves, assignees, history, mailRows, article == null ? null : article.title(),
                article == null ? null : "/newsroom/articles/" + article.id(), articleQuery == null ? "" : articleQuery,
                candidates, mayAnonymize, quotes.forLead(lead.id()), errors, notice);
    }

    String status(LeadStatus status) {
        return t.text("leads.status." + status.name());
    }

    private LeadPage.HistoryRow history(LeadEvent e, Map<Long, String> names) {
        String who = e.actorId() == null ? t.text("leads.history.system") : names.getOrDefault(e.actorId(), "#" + e.actorId());
        String text = switch (e.kind()) {
            case RECEIVED -> e.toStatus() == LeadStatus.SPAM
                    ? t.text("leads.history.receivedSpam", t.text("leads.spam." + e.detail())) : t.text("leads.history.received");
            case STATUS -> t.text("leads.history.status", status(e.fromStatus()), status(e.toStatus()));
            case NOTE -> t.text("leads.history.note");
            case ASSIGNED -> e.detail() == null ? t.text("leads.history.unassigned") : t.text("leads.history.assigned", e.detail());
            case MAIL -> t.text("leads.history.mail", t.text("leads.mail." + e.detail()));
            case QUOTE_SENT -> t.text("leads.history.quote", e.detail());
            case ARTICLE_LINKED -> t.text("leads.history.article", e.detail());
            case ANONYMIZED -> t.text("leads.history.anonymized");
            case EXPORTED -> t.text("leads.history.exported");
        };
        return new LeadPage.HistoryRow(time.human(e.occurredAt()), time.machine(e.occurredAt()), who, text,
                e.kind() == LeadEventKind.NOTE ? e.detail() : null);
    }

    private LeadPage.MailRow mail(LeadEvent e, OutboxEntry m) {
        return new LeadPage.MailRow(t.text("leads.mail." + e.detail()), m.recipient(), t.text("outbox.status." + m.status()),
                m.attempts(), m.lastError());
    }

    private Map<Long, String> names(Set<Long> ids) {
        Set<Long> known = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return accounts.displayNames(known);
    }

    private static String dates(Lead lead) {
        if (lead.dateFrom() == null && lead.dateTo() == null) {
            return "—";
        }
        return (lead.dateFrom() == null ? "…" : DATE.format(lead.dateFrom())) + " – "
                + (lead.dateTo() == null ? "…" : DATE.format(lead.dateTo()));
    }

    private static String query(LeadFilter filter) {
        StringBuilder q = new StringBuilder();
        if (filter.status() != null) {
            q.append("status=").append(filter.status().name()).append('&');
        }
        if (filter.assigneeId() != null) {
            q.append("assignee=").append(filter.assigneeId()).append('&');
        }
        if (filter.text() != null) {
            q.append("q=").append(java.net.URLEncoder.encode(filter.text(), java.nio.charset.StandardCharsets.UTF_8)).append('&');
        }
        return q.toString();
    }
}
