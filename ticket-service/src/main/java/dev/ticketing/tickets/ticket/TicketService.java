package dev.ticketing.tickets.ticket;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.ticketing.events.TicketCreated;
import dev.ticketing.events.Topics;
import dev.ticketing.kit.outbox.Outbox;
import dev.ticketing.kit.problem.ApiProblem;
import dev.ticketing.kit.problem.Problem;
import dev.ticketing.kit.security.CurrentUser;
import dev.ticketing.kit.security.Roles;
import dev.ticketing.tickets.history.HistoryRepository;
import dev.ticketing.tickets.sla.SlaPolicy;

/** The rules of filing and reading tickets. */
@ApplicationScoped
public class TicketService {

    private final TicketRepository tickets;
    private final HistoryRepository history;
    private final Outbox outbox;
    private final SlaPolicy sla;
    private final PriorityMatrix matrix;

    TicketService(TicketRepository tickets, HistoryRepository history, Outbox outbox, SlaPolicy sla,
            PriorityMatrix matrix) {
        this.tickets = tickets;
        this.history = history;
        this.outbox = outbox;
        this.sla = sla;
        this.matrix = matrix;
    }

    /** Files a ticket: the ticket, its first history entry and its TicketCreated event commit together. */
    @Transactional
    public Ticket create(CreateTicketRequest request, CurrentUser caller) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Ticket ticket = new Ticket();
        ticket.id = UUID.randomUUID().toString();
        ticket.title = request.title().strip();
        ticket.description = request.description();
        ticket.category = request.category();
        ticket.priority = priorityOf(request);
        ticket.impact = request.impact();
        ticket.urgency = request.urgency();
        ticket.status = Status.NEW;
        ticket.channel = request.channel() != null ? request.channel()
                : caller.hasRole(Roles.SERVICE) ? Channel.API : Channel.WEB;
        if (request.requesterId() != null && !request.requesterId().equals(caller.id())) {
            if (!caller.hasAnyRole(Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN, Roles.SERVICE)) {
                throw ApiProblem.forbidden("Only technicians, supervisors, admins and service clients may file a "
                        + "ticket on behalf of someone else");
            }
            ticket.requesterId = request.requesterId();
            ticket.requesterName = request.requesterName() != null && !request.requesterName().isBlank()
                    ? request.requesterName().strip() : request.requesterId();
        } else {
            if (caller.hasRole(Roles.SERVICE)) {
                throw ApiProblem.badRequest("requesterId", "is required when a service client files a ticket");
            }
            ticket.requesterId = caller.id();
            ticket.requesterName = caller.displayName();
        }
        ticket.createdById = caller.id();
        ticket.createdAt = now;
        ticket.updatedAt = now;
        ticket.responseDueAt = sla.responseDue(ticket.priority, now);
        ticket.resolutionDueAt = sla.resolutionDue(ticket.priority, now);
        tickets.persist(ticket);
        history.append(ticket.id, caller.id(), caller.displayName(), "CREATED", null, null, ticket.status, now);
        outbox.append(Topics.TICKET_EVENTS, ticket.id, TicketCreated.TYPE, new TicketCreated(ticket.id,
                ticket.title, ticket.category.name(), ticket.priority.name(), ticket.status.name(),
                ticket.requesterId, ticket.requesterName, ticket.channel.name(), ticket.createdById, ticket.createdAt,
                ticket.responseDueAt, ticket.resolutionDueAt));
        return ticket;
    }

    /** A ticket the caller may see; otherwise 404, so that others' tickets do not leak. */
    @Transactional
    public Ticket get(String id, CurrentUser caller) {
        Ticket ticket = tickets.findTicket(id).orElseThrow(() -> new TicketNotFound(id));
        if (!canSee(ticket, caller)) {
            throw new TicketNotFound(id);
        }
        return ticket;
    }

    /** Requesters see their own tickets; technicians those assigned to them or unassigned; managers all. */
    static boolean canSee(Ticket ticket, CurrentUser caller) {
        if (caller.isStaffManager()) {
            return true;
        }
        if (ticket.requesterId.equals(caller.id())) {
            return true;
        }
        if (caller.hasRole(Roles.TECHNICIAN)) {
            return ticket.assigneeId == null || ticket.assigneeId.equals(caller.id());
        }
        return false;
    }

    private Priority priorityOf(CreateTicketRequest request) {
        if (request.priority() != null) {
            return request.priority();
        }
        if (request.impact() != null && request.urgency() != null) {
            return matrix.priorityOf(request.impact(), request.urgency());
        }
        throw new ApiProblem(400, "validation", "Invalid input", "Give a priority, or an impact and an urgency",
                List.of(new Problem.FieldError("priority", "is required unless impact and urgency are given")),
                Map.of());
    }
}
