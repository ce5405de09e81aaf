package dev.ticketing.reporting.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** Seconds from creation to first response, for tickets first answered in the period. */
    public List<Double> firstResponseSeconds(KpiQuery query) {
        return seconds(query, "t.firstResponseAt", "t.firstResponseAt >= :from and t.firstResponseAt < :to");
    }

    /** Seconds from creation to resolution, for tickets resolved in the period (and not reopened since). */
    public List<Double> resolutionSeconds(KpiQuery query) {
        return seconds(query, "t.resolvedAt", "t.resolvedAt >= :from and t.resolvedAt < :to");
    }

    /** Satisfaction ratings given in the period. */
    public List<Integer> ratings(KpiQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, "t.ratedAt >= :from and t.ratedAt < :to and t.satisfactionRating is not null",
                true, parameters);
        TypedQuery<Integer> jpql = getEntityManager().createQuery("select t.satisfactionRating from TicketFact t "
                + "where " + where, Integer.class);
        parameters.forEach(jpql::setParameter);
        return jpql.getResultList();
    }

    /** Tickets resolved in the period that had been reopened at least once. */
    public long countResolvedAfterReopen(KpiQuery query) {
        return count(query, "t.resolvedAt >= :from and t.resolvedAt < :to and t.reopenCount > 0", true);
    }

    /** Tickets closed in the period. */
    public long countClosed(KpiQuery query) {
        return count(query, "t.closedAt >= :from and t.closedAt < :to", true);
    }

    /** Tickets closed in the period that missed the response target. */
    public long countClosedResponseBreached(KpiQuery query) {
        return count(query, "t.closedAt >= :from and t.closedAt < :to and t.responseBreached = true", true);
    }

    /** Tickets closed in the period that missed the resolution target. */
    public long countClosedResolutionBreached(KpiQuery query) {
        return count(query, "t.closedAt >= :from and t.closedAt < :to and t.resolutionBreached = true", true);
    }

    /** Tickets closed in the period that met both SLA targets. */
    public long countClosedWithinSla(KpiQuery query) {
        return count(query, "t.closedAt >= :from and t.closedAt < :to and t.responseBreached = false "
                + "and t.resolutionBreached = false", true);
    }

    private List<Double> seconds(KpiQuery query, String end, String period) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, period, true, parameters);
        TypedQuery<Object[]> jpql = getEntityManager().createQuery("select t.createdAt, " + end
                + " from TicketFact t where " + where, Object[].class);
        parameters.forEach(jpql::setParameter);
        List<Double> result = new ArrayList<>();
        for (Object[] row : jpql.getResultList()) {
            Duration elapsed = Duration.between((Instant) row[0], (Instant) row[1]);
            result.add(Math.max(0, elapsed.toMillis()) / 1000.0);
        }
        return result;
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
        if (query.technicianId() != null) {
            where.append(" and t.ticketId in (select a.ticketId from TicketTechnician a "
                    + "where a.technicianId = :technician)");
            parameters.put("technician", query.technicianId());
        }
        return where.toString();
    }
}
