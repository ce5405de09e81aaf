package dev.ticketing.tickets.history;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.MDC;

import dev.ticketing.kit.web.RequestIdFilter;
import dev.ticketing.kit.paging.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Appends to and reads tickets' histories; entries are never updated or deleted. */
@ApplicationScoped
public class HistoryRepository implements PanacheRepositoryBase<HistoryEntry, Long> {

    /** Appends one entry, stamped with the current request id. */
    public HistoryEntry append(String ticketId, String actorId, String actorName, String action, String field,
            Object oldValue, Object newValue, Instant at) {
        HistoryEntry entry = new HistoryEntry();
        entry.ticketId = ticketId;
        entry.at = at;
        entry.actorId = actorId;
        entry.actorName = actorName;
        entry.action = action;
        entry.field = field;
        entry.oldValue = oldValue == null ? null : oldValue.toString();
        entry.newValue = newValue == null ? null : newValue.toString();
        Object requestId = MDC.get(RequestIdFilter.MDC_KEY);
        entry.requestId = requestId == null ? null : requestId.toString();
        persist(entry);
        return entry;
    }

    /** A ticket's history, oldest first; without the traces of INTERNAL comments unless {@code withInternal}. */
    public Page<HistoryEntry> page(String ticketId, boolean withInternal, int page, int size) {
        PanacheQuery<HistoryEntry> query = withInternal
                ? find("ticketId", Sort.by("id"), ticketId)
                : find("ticketId = ?1 and not (action = 'COMMENT_ADDED' and newValue = 'INTERNAL')", Sort.by("id"),
                        ticketId);
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }
}
