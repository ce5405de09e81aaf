package dev.ticketing.tickets.lifecycle;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ticketing.events.TicketArchived;
import dev.ticketing.events.Topics;
import dev.ticketing.kit.lock.PlatformLock;
import dev.ticketing.kit.outbox.Outbox;
import dev.ticketing.tickets.TicketClock;
import dev.ticketing.tickets.ticket.Status;
import dev.ticketing.tickets.ticket.Ticket;
import dev.ticketing.tickets.ticket.TicketRepository;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The timed moves: PENDING tickets whose resumeAt has come resume, unanswered solutions close, closed tickets are
 * archived. One replica at a time runs them (a {@link PlatformLock}); each run handles one batch per job.
 */
@ApplicationScoped
public class TicketJobs {

    private final TicketRepository tickets;
    private final TicketChanges changes;
    private final TicketLifecycleService lifecycle;
    private final Outbox outbox;
    private final PlatformLock lock;
    private final LifecycleConfig config;
    private final TicketClock clock;

    TicketJobs(TicketRepository tickets, TicketChanges changes, TicketLifecycleService lifecycle, Outbox outbox,
            PlatformLock lock, LifecycleConfig config, TicketClock clock) {
        this.tickets = tickets;
        this.changes = changes;
        this.lifecycle = lifecycle;
        this.outbox = outbox;
        this.lock = lock;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${ticketing.lifecycle.jobs-interval}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (lock.tryLock("ticket-jobs")) {
                    runOnce(clock.now());
                }
            });
        } catch (RuntimeException e) {
            Log.warnf("Ticket jobs failed, next run retries: %s", e.toString());
        }
    }

    /** One pass of every job, in the caller's transaction. */
    void runOnce(Instant now) {
        int batch = config.jobBatchSize();
        List<Ticket> resuming = tickets.find("status = ?1 and resumeAt <= ?2 and archived = false",
                Status.PENDING, now).page(0, batch).list();
        for (Ticket ticket : resuming) {
            changes.move(ticket, Transition.RESUME, TicketChanges.By.SYSTEM, "Resume date reached", now);
        }
        List<Ticket> closing = tickets.find("status = ?1 and autoCloseAt <= ?2 and archived = false",
                Status.RESOLVED, now).page(0, batch).list();
        for (Ticket ticket : closing) {
            lifecycle.autoClose(ticket, now);
        }
        Instant cutoff = now.minus(config.archiveAfter());
        List<Ticket> archiving = tickets.find("archived = false and ((status = ?1 and closedAt <= ?2) "
                + "or (status = ?3 and updatedAt <= ?2))", Status.CLOSED, cutoff, Status.CANCELLED)
                .page(0, batch).list();
        for (Ticket ticket : archiving) {
            ticket.archived = true;
            ticket.archivedAt = now;
            ticket.updatedAt = now;
            changes.field(ticket, TicketChanges.By.SYSTEM, "ARCHIVED", "archived", false, true, now);
            outbox.append(Topics.TICKET_EVENTS, ticket.id, TicketArchived.TYPE, new TicketArchived(ticket.id, now));
        }
        if (!resuming.isEmpty() || !closing.isEmpty() || !archiving.isEmpty()) {
            Log.infof("Ticket jobs: %d resumed, %d auto-closed, %d archived", resuming.size(), closing.size(),
                    archiving.size());
        }
    }
}
