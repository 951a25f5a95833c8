package io.iton.advert;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.iton.article.Actor;
import io.iton.article.Article;
import io.iton.article.ArticleEditor;
import io.iton.article.Articles;
import io.iton.shared.Conflict;
import io.iton.shared.InvalidInput;
import io.iton.shared.NotFound;
import io.iton.shared.Page;
import io.iton.shared.PageRequest;

/**
 * The sales desk's work on leads: finding them, moving them through their statuses, notes,
 * assignment and quotes. Every change is written with a line of history in one transaction, and
 * only by the sales desk or an administrator.
 */
@Service
public class Leads {

    public static final int MAX_NOTE = 5000;

    private final LeadRepository repository;
    private final Articles articles;
    private final ArticleEditor editor;
    private final Clock clock;

    Leads(LeadRepository repository, Articles articles, ArticleEditor editor, Clock clock) {
        this.repository = repository;
        this.articles = articles;
        this.editor = editor;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Lead> find(long id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    public Page<Lead> list(LeadFilter filter, PageRequest page) {
        return Page.of(repository.find(filter, page.offset(), page.size()), page, repository.count(filter));
    }

    @Transactional(readOnly = true)
    public List<LeadEvent> history(long leadId) {
        return repository.events(leadId);
    }

    /** A quote went out for this lead: NEW or CONTACTED becomes QUOTE_SENT, and the history says which quote. */
    @Transactional
    public void recordQuoteSent(long leadId, String quoteNumber, Actor actor) {
        SalesRights.require("recording a quote");
        Lead lead = get(leadId);
        Lead changed = repository.update(lead.quoteSent(), clock.instant());
        repository.addEvent(leadId, clock.instant(), actor.userId(), LeadEventKind.QUOTE_SENT, lead.status(),
                changed.status(), quoteNumber, null);
    }

    @Transactional
    public Lead moveTo(long leadId, int version, LeadStatus to, Actor actor) {
        SalesRights.require("changing a lead's status");
        Lead lead = current(leadId, version);
        Lead changed = repository.update(lead.moveTo(to), clock.instant());
        repository.addEvent(leadId, clock.instant(), actor.userId(), LeadEventKind.STATUS, lead.status(), to,
                null, null);
        return changed;
    }

    @Transactional
    public void addNote(long leadId, String text, Actor actor) {
        SalesRights.require("adding a note");
        String note = text == null ? "" : text.strip();
        if (note.isEmpty()) {
            throw InvalidInput.of("note", "leads.note.required");
        }
        if (note.length() > MAX_NOTE) {
            throw InvalidInput.of("note", "leads.note.tooLong");
        }
        get(leadId);
        repository.addEvent(leadId, clock.instant(), actor.userId(), LeadEventKind.NOTE, null, null, note, null);
    }

    /** Gives the lead to a sales account ({@code null}: to no one); the channel offers only sales accounts. */
    @Transactional
    public Lead assign(long leadId, int version, Long accountId, String accountName, Actor actor) {
        SalesRights.require("assigning a lead");
        Lead lead = current(leadId, version);
        Lead changed = repository.update(lead.assignTo(accountId), clock.instant());
        repository.addEvent(leadId, clock.instant(), actor.userId(), LeadEventKind.ASSIGNED, null, null,
                accountName, null);
        return changed;
    }

    /**
     * A won lead sponsors an article: the article is labelled with the lead's company (through the
     * article feature, as an edit by {@code actor}) and the lead shows the article.
     */
    @Transactional
    public Lead linkArticle(long leadId, int version, long articleId, Actor actor) {
        SalesRights.require("linking an article");
        Lead lead = current(leadId, version);
        if (lead.anonymized()) {
            throw InvalidInput.of("articleId", "leads.article.anonymized");
        }
        Article article = articles.find(articleId)
                .orElseThrow(() -> InvalidInput.of("articleId", "leads.article.unknown"));
        Lead changed = repository.update(lead.linkArticle(articleId), clock.instant());
        editor.sponsor(articleId, lead.company(), actor);
        repository.addEvent(leadId, clock.instant(), actor.userId(), LeadEventKind.ARTICLE_LINKED, null, null,
                "#" + articleId + " " + article.title(), null);
        return changed;
    }

    Lead get(long leadId) {
        return repository.find(leadId).orElseThrow(() -> new NotFound("lead " + leadId));
    }

    private Lead current(long leadId, int version) {
        Lead lead = get(leadId);
        if (lead.version() != version) {
            throw new Conflict("lead " + leadId + " changed meanwhile");
        }
        return lead;
    }
}
