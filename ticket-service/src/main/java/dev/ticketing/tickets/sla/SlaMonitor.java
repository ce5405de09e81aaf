package dev.ticketing.tickets.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ticketing.events.SlaBreached;
import dev.ticketing.events.SlaWarning;
import dev.ticketing.events.Topics;
import dev.ticketing.kit.lock.PlatformLock;
import dev.ticketing.kit.outbox.Outbox;
import dev.ticketing.tickets.TicketClock;
import dev.ticketing.tickets.lifecycle.LifecycleConfig;
import dev.ticketing.tickets.lifecycle.TicketChanges;
import dev.ticketing.tickets.ticket.Priority;
import dev.ticketing.tickets.ticket.Status;
import dev.ticketing.tickets.ticket.Ticket;
import dev.ticketing.tickets.ticket.TicketRepository;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Watches the SLA clocks: at 80 % of a target it emits SlaWarning, past the due date SlaBreached and sets the
 * breach flag, each once per ticket and target. PENDING tickets are skipped (their clock is paused). One replica at
 * a time (a {@link PlatformLock}).
 */
@ApplicationScoped
public class SlaMonitor {

    private static final List<Status> RUNNING = List.of(Status.NEW, Status.ASSIGNED, Status.IN_PROGRESS);

    private final TicketRepository tickets;
    private final TicketChanges changes;
    private final Outbox outbox;
    private final PlatformLock lock;
    private final SlaConfig sla;
    private final LifecycleConfig config;
    private final TicketClock clock;

    SlaMonitor(TicketRepository tickets, TicketChanges changes, Outbox outbox, PlatformLock lock, SlaConfig sla,
            LifecycleConfig config, TicketClock clock) {
        this.tickets = tickets;
        this.changes = changes;
        this.outbox = outbox;
        this.lock = lock;
        this.sla = sla;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${ticketing.lifecycle.jobs-interval}", delayed = "7s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (lock.tryLock("sla-monitor")) {
                    check(clock.now());
                }
            });
        } catch (RuntimeException e) {
            Log.warnf("SLA monitor failed, next run retries: %s", e.toString());
        }
    }

    void check(Instant now) {
        int batch = config.jobBatchSize();
        for (Priority priority : Priority.values()) {
            SlaConfig.Targets targets = sla.targets().get(priority.name());
            Instant responseWarnFrom = now.plus(fifth(targets.response()));
            Instant resolutionWarnFrom = now.plus(fifth(targets.resolution()));
            for (Ticket t : tickets.find("priority = ?1 and status in ?2 and firstResponseAt is null "
                    + "and responseWarned = false and responseDueAt <= ?3", priority, RUNNING, responseWarnFrom)
                    .page(0, batch).list()) {
                t.responseWarned = true;
                warn(t, "RESPONSE", t.responseDueAt, now);
            }
            for (Ticket t : tickets.find("priority = ?1 and status in ?2 and resolutionWarned = false "
                    + "and resolutionDueAt <= ?3", priority, RUNNING, resolutionWarnFrom).page(0, batch).list()) {
                t.resolutionWarned = true;
                warn(t, "RESOLUTION", t.resolutionDueAt, now);
            }
        }
        for (Ticket t : tickets.find("status in ?1 and firstResponseAt is null and responseBreached = false "
                + "and responseDueAt <= ?2", RUNNING, now).page(0, batch).list()) {
            t.responseBreached = true;
            breach(t, "RESPONSE", t.responseDueAt, now);
        }
        for (Ticket t : tickets.find("status in ?1 and resolutionBreached = false and resolutionDueAt <= ?2",
                RUNNING, now).page(0, batch).list()) {
            t.resolutionBreached = true;
            breach(t, "RESOLUTION", t.resolutionDueAt, now);
        }
    }

    /** The last 20 % of a target: warnings start when that much time is left. */
    private static Duration fifth(Duration target) {
        return target.dividedBy(5);
    }

    private void warn(Ticket t, String target, Instant dueAt, Instant now) {
        changes.field(t, TicketChanges.By.SYSTEM, "SLA_WARNING", target.toLowerCase() + "Due", null, dueAt, now);
        outbox.append(Topics.TICKET_EVENTS, t.id, SlaWarning.TYPE,
                new SlaWarning(t.id, target, t.priority.name(), t.assigneeId, dueAt, now));
    }

    private void breach(Ticket t, String target, Instant dueAt, Instant now) {
        changes.field(t, TicketChanges.By.SYSTEM, "SLA_BREACHED", target.toLowerCase() + "Breached", false, true,
                now);
        outbox.append(Topics.TICKET_EVENTS, t.id, SlaBreached.TYPE,
                new SlaBreached(t.id, target, t.priority.name(), t.assigneeId, dueAt, now));
    }
}
