package dev.ticketing.assignment.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.ticketing.assignment.technician.Technician;
import dev.ticketing.assignment.technician.TechnicianService;
import dev.ticketing.assignment.ticket.ClosedTicketRepository;
import dev.ticketing.assignment.ticket.OpenTicket;
import dev.ticketing.assignment.ticket.OpenTicketRepository;
import dev.ticketing.assignment.ticket.TicketVisibility;
import dev.ticketing.events.TicketAssigned;
import dev.ticketing.events.Topics;
import dev.ticketing.kit.outbox.Outbox;
import dev.ticketing.kit.paging.Page;
import dev.ticketing.kit.paging.PageParams;
import dev.ticketing.kit.paging.Paging;
import dev.ticketing.kit.problem.ApiProblem;
import dev.ticketing.kit.problem.Problem;
import dev.ticketing.kit.security.CurrentUser;
import io.quarkus.panache.common.Sort;

/** Manual assignment: checks the ticket and technician projections, records, and publishes TicketAssigned. */
@ApplicationScoped
public class AssignmentService {

    static final String MANUAL = "MANUAL";
    private static final Map<String, String> SORTABLE = Map.of("assignedAt", "assignedAt");
    private static final Sort NEWEST_FIRST = Sort.descending("assignedAt").and("id");

    private final AssignmentRepository assignments;
    private final OpenTicketRepository openTickets;
    private final ClosedTicketRepository closedTickets;
    private final TechnicianService technicians;
    private final TicketVisibility visibility;
    private final Outbox outbox;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, OpenTicketRepository openTickets,
            ClosedTicketRepository closedTickets, TechnicianService technicians, TicketVisibility visibility,
            Outbox outbox, Clock clock) {
        this.assignments = assignments;
        this.openTickets = openTickets;
        this.closedTickets = closedTickets;
        this.technicians = technicians;
        this.visibility = visibility;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Assigns a technician to an open ticket, in one transaction with the projection's assignee and the
     * {@code TicketAssigned} outbox row. Supervisors and admins assign anyone, and may move a ticket from its
     * assignee; a technician may only take, for themself, an unassigned ticket they can see.
     *
     * @throws ApiProblem 403 if a technician names someone else, 404 unknown ticket or one the caller cannot see,
     *         409 closed ticket, already assigned to that technician, or (for a technician) no longer unassigned,
     *         422 unknown or unavailable technician
     */
    @Transactional
    public AssignmentView assign(AssignmentRequest request, CurrentUser caller) {
        boolean manager = caller.isStaffManager();
        if (!manager && !caller.id().equals(request.technicianId())) {
            throw ApiProblem.forbidden("A technician may only take a ticket for themself");
        }
        OpenTicket ticket = openTickets.findForUpdate(request.ticketId()).orElse(null);
        if (ticket == null) {
            if (visibility.canSee(request.ticketId(), caller) && closedTickets.findById(request.ticketId()) != null) {
                throw ApiProblem.conflict("ticket-closed", "Ticket closed",
                        "Ticket " + request.ticketId() + " is closed or cancelled and cannot be assigned");
            }
            throw ApiProblem.notFound("Ticket", request.ticketId());
        }
        if (!TicketVisibility.canSee(ticket, caller)) {
            throw ApiProblem.notFound("Ticket", request.ticketId());
        }
        if (!manager && ticket.assigneeId != null && !ticket.assigneeId.equals(caller.id())) {
            throw ApiProblem.conflict("not-unassigned", "Ticket already taken",
                    "Ticket " + ticket.ticketId + " is assigned to someone else; only a supervisor can move it");
        }
        Technician technician = technicians.find(request.technicianId()).orElseThrow(() -> unprocessable(
                "No technician " + request.technicianId() + " is known"));
        if (!technician.assignable()) {
            throw unprocessable("Technician " + request.technicianId() + " is not available");
        }
        if (technician.id.equals(ticket.assigneeId)) {
            throw ApiProblem.conflict("already-assigned", "Already assigned",
                    "Ticket " + ticket.ticketId + " is already assigned to technician " + technician.id);
        }
        // To the second: what MariaDB keeps through Connector/J, so that this answer and later reads agree.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Assignment assignment = new Assignment();
        assignment.id = UUID.randomUUID().toString();
        assignment.ticketId = ticket.ticketId;
        assignment.technicianId = technician.id;
        assignment.technicianName = technician.name;
        assignment.assignedBy = caller.id();
        assignment.mode = MANUAL;
        assignment.assignedAt = now;
        assignments.persist(assignment);
        ticket.assigneeId = technician.id;
        ticket.updatedAt = now;
        outbox.append(Topics.ASSIGNMENT_EVENTS, ticket.ticketId, TicketAssigned.TYPE,
                new TicketAssigned(assignment.id, ticket.ticketId, technician.id, technician.name, caller.id(),
                        MANUAL, now, caller.displayName()));
        return AssignmentView.of(assignment);
    }

    /**
     * The assignments of one ticket, newest first.
     *
     * @throws ApiProblem 404 if the caller cannot see the ticket
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AssignmentView> ofTicket(String ticketId, CurrentUser caller, PageParams paging) {
        if (!visibility.canSee(ticketId, caller)) {
            throw ApiProblem.notFound("Ticket", ticketId);
        }
        var query = assignments.ofTicket(ticketId, Paging.sort(paging.sort, SORTABLE, NEWEST_FIRST))
                .page(paging.page, paging.size);
        return new Page<>(query.list(), query.count(), paging.page, paging.size).map(AssignmentView::of);
    }

    /**
     * One assignment.
     *
     * @throws ApiProblem 404 if unknown, or of a ticket the caller cannot see
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssignmentView get(String id, CurrentUser caller) {
        return assignments.findByIdOptional(id).filter(a -> visibility.canSee(a.ticketId, caller))
                .map(AssignmentView::of)
                .orElseThrow(() -> ApiProblem.notFound("Assignment", id));
    }

    private static ApiProblem unprocessable(String detail) {
        return new ApiProblem(422, "technician-unavailable", "Technician cannot take tickets", detail,
                List.of(new Problem.FieldError("technicianId", detail)), Map.of());
    }
}
