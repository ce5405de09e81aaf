package dev.ticketing.tickets.comment;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.ticketing.events.CommentAdded;
import dev.ticketing.events.Topics;
import dev.ticketing.kit.outbox.Outbox;
import dev.ticketing.kit.paging.Page;
import dev.ticketing.kit.problem.ApiProblem;
import dev.ticketing.kit.security.CurrentUser;
import dev.ticketing.kit.security.Roles;
import dev.ticketing.tickets.TicketClock;
import dev.ticketing.tickets.lifecycle.TicketChanges;
import dev.ticketing.tickets.lifecycle.Transition;
import dev.ticketing.tickets.ticket.Status;
import dev.ticketing.tickets.ticket.Ticket;
import dev.ticketing.tickets.ticket.TicketService;

/**
 * The rules of comments: requesters neither read nor write INTERNAL ones; the first PUBLIC comment of staff is the
 * first response (SLA); a PUBLIC comment of the requester resumes a PENDING ticket.
 */
@ApplicationScoped
public class CommentService {

    private final TicketService tickets;
    private final CommentRepository comments;
    private final TicketChanges changes;
    private final Outbox outbox;
    private final TicketClock clock;

    CommentService(TicketService tickets, CommentRepository comments, TicketChanges changes, Outbox outbox,
            TicketClock clock) {
        this.tickets = tickets;
        this.comments = comments;
        this.changes = changes;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Comment add(String ticketId, CommentRequest request, CurrentUser caller) {
        Ticket ticket = tickets.lockForChange(ticketId, caller);
        Visibility visibility = request.visibility() == null ? Visibility.PUBLIC : request.visibility();
        boolean staff = isStaff(caller);
        if (visibility == Visibility.INTERNAL && !staff) {
            throw ApiProblem.forbidden("Only staff may write internal comments");
        }
        Instant now = clock.now();
        Comment comment = new Comment();
        comment.id = UUID.randomUUID().toString();
        comment.ticketId = ticket.id;
        comment.authorId = caller.id();
        comment.authorName = caller.displayName();
        comment.body = request.body();
        comment.visibility = visibility;
        comment.createdAt = now;
        comments.persist(comment);
        TicketChanges.By by = new TicketChanges.By(caller.id(), caller.displayName());
        changes.field(ticket, by, "COMMENT_ADDED", "comment", null, visibility, now);
        ticket.updatedAt = now;
        if (visibility == Visibility.PUBLIC && staff && ticket.firstResponseAt == null
                && !caller.id().equals(ticket.requesterId)) {
            ticket.firstResponseAt = now;
            changes.field(ticket, by, "FIELD_CHANGED", "firstResponseAt", null, now, now);
        }
        outbox.append(Topics.TICKET_EVENTS, ticket.id, CommentAdded.TYPE, new CommentAdded(ticket.id, comment.id,
                caller.id(), caller.displayName(), visibility.name(), ticket.requesterId, ticket.assigneeId, now));
        if (visibility == Visibility.PUBLIC && ticket.status == Status.PENDING
                && caller.id().equals(ticket.requesterId)) {
            changes.move(ticket, Transition.RESUME, TicketChanges.By.SYSTEM, "The requester answered", now);
        }
        return comment;
    }

    @Transactional
    public Page<Comment> list(String ticketId, int page, int size, CurrentUser caller) {
        Ticket ticket = tickets.get(ticketId, caller);
        return comments.page(ticket.id, isStaff(caller), page, size);
    }

    /** Technicians, supervisors and admins. */
    public static boolean isStaff(CurrentUser caller) {
        return caller.hasAnyRole(Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN);
    }
}
