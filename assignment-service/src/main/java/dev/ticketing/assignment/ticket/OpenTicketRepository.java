package dev.ticketing.assignment.ticket;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Stores and finds the open-ticket projection. */
@ApplicationScoped
public class OpenTicketRepository implements PanacheRepositoryBase<OpenTicket, String> {

    /**
     * Open tickets matching the filters that are not null, and visible to {@code visibleTo} unless it is null: their
     * own tickets, and for a technician also those assigned to them or to nobody.
     */
    public PanacheQuery<OpenTicket> search(OpenTicketFilter filter, String visibleTo, boolean technician, Sort sort) {
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
        if (visibleTo != null) {
            query.append(technician
                    ? " and (assigneeId is null or assigneeId = :me or requesterId = :me)"
                    : " and requesterId = :me");
            parameters.and("me", visibleTo);
        }
        return find(query.toString(), sort, parameters);
    }

    /**
     * Loads an open ticket with its row locked until the transaction ends. A plain {@code SELECT ... FOR UPDATE}:
     * the MySQL 8 dialect's {@code FOR UPDATE OF alias} is not understood by MariaDB.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OpenTicket> findForUpdate(String ticketId) {
        boolean exists = !getEntityManager()
                .createNativeQuery("SELECT ticket_id FROM open_ticket WHERE ticket_id = ?1 FOR UPDATE")
                .setParameter(1, ticketId)
                .getResultList()
                .isEmpty();
        return exists ? findByIdOptional(ticketId) : Optional.empty();
    }

    /** Open tickets per assignee, for the given technicians (absent: none). */
    public Map<String, Long> countOpenByAssignee(Collection<String> technicianIds) {
        Map<String, Long> counts = new HashMap<>();
        if (technicianIds.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery("select t.assigneeId, count(t) from OpenTicket t "
                + "where t.assigneeId in :ids group by t.assigneeId", Object[].class)
                .setParameter("ids", technicianIds)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
