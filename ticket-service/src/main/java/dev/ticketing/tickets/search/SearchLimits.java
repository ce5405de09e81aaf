package dev.ticketing.tickets.search;

import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.QueryTimeoutException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.jpa.HibernateHints;

import io.quarkus.logging.Log;

/**
 * Bounds full-text searches: at most a few at a time per caller (429 beyond), and a statement time limit that
 * Connector/J enforces with {@code KILL QUERY} on MySQL 8 and MariaDB alike (503 when reached).
 */
@ApplicationScoped
public class SearchLimits {

    private final ConcurrentHashMap<String, Integer> running = new ConcurrentHashMap<>();
    private final int perCaller;
    private final int timeoutSeconds;

    SearchLimits(@ConfigProperty(name = "ticketing.search.max-concurrent-per-caller", defaultValue = "2")
            int perCaller,
            @ConfigProperty(name = "ticketing.search.timeout", defaultValue = "PT3S") Duration timeout) {
        this.perCaller = perCaller;
        // JDBC statement time limits are whole seconds.
        this.timeoutSeconds = (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
    }

    /** Runs {@code search} for {@code callerId} within the limits; 429 or 503 problem+json when they are hit. */
    public <T> T run(String callerId, Supplier<T> search) {
        boolean[] admitted = new boolean[1];
        running.compute(callerId, (id, count) -> {
            int now = count == null ? 0 : count;
            admitted[0] = now < perCaller;
            return admitted[0] ? now + 1 : now == 0 ? null : now;
        });
        if (!admitted[0]) {
            throw SearchRefused.tooMany(perCaller);
        }
        try {
            return search.get();
        } catch (RuntimeException e) {
            if (isTimeout(e)) {
                Log.warnf("Full-text search stopped at its %d s time limit", timeoutSeconds);
                throw SearchRefused.timedOut(timeoutSeconds);
            }
            throw e;
        } finally {
            running.computeIfPresent(callerId, (id, count) -> count <= 1 ? null : count - 1);
        }
    }

    /** Gives {@code query} the statement time limit of searches. */
    public Query limit(Query query) {
        return query.setHint(HibernateHints.HINT_TIMEOUT, timeoutSeconds);
    }

    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTimeoutException || t instanceof QueryTimeoutException
                    || t instanceof org.hibernate.QueryTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
