package dev.ticketing.tickets.comment;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ticketing.kit.paging.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Stores comments. */
@ApplicationScoped
public class CommentRepository implements PanacheRepositoryBase<Comment, String> {

    /** A ticket's comments, oldest first; INTERNAL ones only if {@code withInternal}. */
    public Page<Comment> page(String ticketId, boolean withInternal, int page, int size) {
        Sort order = Sort.by("createdAt").and("id");
        PanacheQuery<Comment> query = withInternal
                ? find("ticketId", order, ticketId)
                : find("ticketId = ?1 and visibility = ?2", order, ticketId, Visibility.PUBLIC);
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }
}
