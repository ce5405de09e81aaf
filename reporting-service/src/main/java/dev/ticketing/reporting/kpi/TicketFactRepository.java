package dev.ticketing.reporting.kpi;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Queries of the reporting read model; every KPI is computed here from the ticket rows. */
@ApplicationScoped
public class TicketFactRepository implements PanacheRepositoryBase<TicketFact, String> {

    /** Tickets created in the period. */
    public long countCreated(KpiQuery query) {
        return count(query, "t.createdAt >= :from and t.createdAt < :to", true);
    }

    /** Tickets resolved (or closed) in the period and not reopened since. */
    public long countResolved(KpiQuery query) {
        return count(query, "t.resolvedAt >= :from and t.resolvedAt < :to", true);
    }

    /** Tickets open at the end of the period: created before it ends and not resolved, closed or cancelled by then. */
    public long countBacklog(KpiQuery query) {
        return count(query, "t.createdAt < :to and (t.endedAt is null or t.endedAt >= :to)", false);
    }

    /** Tickets created in the period, per value of {@code attribute} ({@code category} or {@code priority}). */
    public Map<String, Long> countCreatedBy(String attribute, KpiQuery query) {
        if (!attribute.equals("category") && !attribute.equals("priority")) {
            throw new IllegalArgumentException("Unknown attribute " + attribute);
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, "t.createdAt >= :from and t.createdAt < :to", true, parameters);
        TypedQuery<Object[]> jpql = getEntityManager().createQuery("select t." + attribute + ", count(t) "
                + "from TicketFact t where " + where + " group by t." + attribute, Object[].class);
        parameters.forEach(jpql::setParameter);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : jpql.getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private long count(KpiQuery query, String period, boolean usesFrom) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, period, usesFrom, parameters);
        TypedQuery<Long> jpql = getEntityManager()
                .createQuery("select count(t) from TicketFact t where " + where, Long.class);
        parameters.forEach(jpql::setParameter);
        return jpql.getSingleResult();
    }

    private static String where(KpiQuery query, String period, boolean usesFrom, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(period);
        if (usesFrom) {
            parameters.put("from", query.from());
        }
        parameters.put("to", query.to());
        if (query.category() != null) {
            where.append(" and t.category = :category");
            parameters.put("category", query.category());
        }
        if (query.priority() != null) {
            where.append(" and t.priority = :priority");
            parameters.put("priority", query.priority());
        }
        return where.toString();
    }
}
