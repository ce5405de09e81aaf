package dev.ticketing.kit.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Reads and trims the outbox table. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

    /** The oldest unpublished rows, in commit order. */
    public List<OutboxEvent> nextPending(int limit) {
        return find("publishedAt is null order by seq").page(0, limit).list();
    }

    public long countPending() {
        return count("publishedAt is null");
    }

    public long deletePublishedBefore(Instant cutoff) {
        return delete("publishedAt is not null and publishedAt < ?1", cutoff);
    }
}
