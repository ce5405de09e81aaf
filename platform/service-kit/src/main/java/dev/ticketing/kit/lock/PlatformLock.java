package dev.ticketing.kit.lock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Named locks shared by all replicas of a service, held until the current transaction ends: a row of
 * {@code platform_lock} taken with {@code FOR UPDATE SKIP LOCKED}, so a replica that finds it taken moves on at once.
 */
@ApplicationScoped
public class PlatformLock {

    private final EntityManager em;

    PlatformLock(EntityManager em) {
        this.em = em;
    }

    /** True if this transaction now holds the lock {@code name}; false if another transaction holds it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryLock(String name) {
        if (!exists(name)) {
            // Created in its own transaction, before any locking read: a locking read of a missing row takes a
            // gap lock that the insert would then wait on.
            QuarkusTransaction.requiringNew().run(() -> em
                    .createNativeQuery("INSERT IGNORE INTO platform_lock (name) VALUES (?1)")
                    .setParameter(1, name)
                    .executeUpdate());
        }
        return select(name);
    }

    private boolean select(String name) {
        return !em.createNativeQuery("SELECT name FROM platform_lock WHERE name = ?1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, name)
                .getResultList()
                .isEmpty();
    }

    private boolean exists(String name) {
        return !em.createNativeQuery("SELECT name FROM platform_lock WHERE name = ?1")
                .setParameter(1, name)
                .getResultList()
                .isEmpty();
    }
}
