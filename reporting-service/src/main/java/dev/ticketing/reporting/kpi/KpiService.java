package dev.ticketing.reporting.kpi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Computes the KPIs of a period from the read model. */
@ApplicationScoped
public class KpiService {

    private final TicketFactRepository facts;

    KpiService(TicketFactRepository facts) {
        this.facts = facts;
    }

    /** The key figures of the period and filters of {@code query}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KpiReport kpis(KpiQuery query) {
        long resolved = facts.countResolved(query);
        return new KpiReport(
                facts.countCreated(query),
                resolved,
                facts.countBacklog(query),
                withZeros(KpiQuery.CATEGORIES, facts.countCreatedBy("category", query)),
                withZeros(KpiQuery.PRIORITIES, facts.countCreatedBy("priority", query)),
                query.from(),
                query.to(),
                DurationStats.of(facts.firstResponseSeconds(query)),
                DurationStats.of(facts.resolutionSeconds(query)),
                SatisfactionStats.of(facts.ratings(query)),
                resolved == 0 ? null : DurationStats.round((double) facts.countResolvedAfterReopen(query) / resolved),
                SlaStats.of(facts.countClosed(query), facts.countClosedWithinSla(query),
                        facts.countClosedResponseBreached(query), facts.countClosedResolutionBreached(query)));
    }

    /** Every known value in its usual order, then any value the events carried that this service does not know. */
    private static Map<String, Long> withZeros(List<String> known, Map<String, Long> counts) {
        Map<String, Long> result = new LinkedHashMap<>();
        known.forEach(value -> result.put(value, 0L));
        result.putAll(counts);
        return result;
    }
}
