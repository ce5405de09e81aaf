package dev.ticketing.tickets.ticket;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stores tickets. */
@ApplicationScoped
public class TicketRepository implements PanacheRepositoryBase<Ticket, String> {

    public Optional<Ticket> findTicket(String id) {
        return findByIdOptional(id);
    }

    /**
     * Loads a ticket with its row locked until the transaction ends. A plain {@code SELECT ... FOR UPDATE}: the
     * MySQL 8 dialect's {@code FOR UPDATE OF alias} is not understood by MariaDB, which the test machines run.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Ticket> findForUpdate(String id) {
        boolean exists = !getEntityManager().createNativeQuery("SELECT id FROM ticket WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id)
                .getResultList()
                .isEmpty();
        return exists ? findByIdOptional(id) : Optional.empty();
    }
}
