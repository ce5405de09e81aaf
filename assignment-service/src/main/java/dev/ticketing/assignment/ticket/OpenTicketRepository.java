package dev.ticketing.assignment.ticket;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Stores and finds the open-ticket projection. */
@ApplicationScoped
public class OpenTicketRepository implements PanacheRepositoryBase<OpenTicket, String> {

    /** Open tickets matching the filters that are not null. */
    public PanacheQuery<OpenTicket> search(OpenTicketFilter filter, Sort sort) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (filter.category() != null) {
            query.append(" and category = :category");
            parameters.and("category", filter.category());
        }
        if (filter.priority() != null) {
            query.append(" and priority = :priority");
            parameters.and("priority", filter.priority());
        }
        if (filter.requesterId() != null) {
            query.append(" and requesterId = :requester");
            parameters.and("requester", filter.requesterId());
        }
        return find(query.toString(), sort, parameters);
    }
}
