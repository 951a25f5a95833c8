package io.iton.history;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.iton.account.Accounts;
import io.iton.shared.Page;
import io.iton.shared.PageRequest;

/**
 * The audit log: who did what, to what, when. Any feature records its actions with
 * {@link #record}, inside its own transaction, so the entry commits or rolls back with the action
 * itself. Reading it is for administrators only, checked here whatever the channel.
 */
@Service
public class AuditLog {

    private final AuditRepository repository;
    private final Accounts accounts;
    private final Clock clock;

    AuditLog(AuditRepository repository, Accounts accounts, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Writes one entry, now, in the caller's transaction (or its own if there is none). */
    @Transactional
    public void record(AuditRecord record) {
        String actorName = record.actorId() == null ? null
                : accounts.displayNames(List.of(record.actorId())).get(record.actorId());
        repository.insert(record, actorName, clock.instant());
    }

    /** Entries that match, newest first. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> entries(AuditQuery query, PageRequest page) {
        Caller.requireAdmin();
        return Page.of(repository.find(query, page.offset(), page.size()), page, repository.count(query));
    }

    /** Everyone who has an entry, by account id, with the name of their latest one: to filter by. */
    @Transactional(readOnly = true)
    public Map<Long, String> actors() {
        Caller.requireAdmin();
        return repository.actors();
    }

    /** Every action that has an entry: to filter by. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        Caller.requireAdmin();
        return repository.actions();
    }
}
