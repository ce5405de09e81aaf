package dev.ticketing.notification.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.ticketing.events.CommentAdded;
import dev.ticketing.events.SlaBreached;
import dev.ticketing.events.SolutionProposed;
import dev.ticketing.events.StatusChanged;
import dev.ticketing.events.TicketAssigned;
import dev.ticketing.events.TicketClosed;
import dev.ticketing.events.TicketCreated;
import dev.ticketing.kit.paging.Page;
import dev.ticketing.kit.paging.PageParams;
import dev.ticketing.kit.paging.Paging;
import dev.ticketing.kit.problem.ApiProblem;
import dev.ticketing.notification.messaging.EventFields;
import dev.ticketing.notification.recipient.RecipientService;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;

/** Raises notifications from ticket events and lets each recipient read and acknowledge their own. */
@ApplicationScoped
public class NotificationService {

    private static final int MAX_TITLE = 300;
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt");
    private static final Sort NEWEST_FIRST = Sort.descending("createdAt").and("id");

    private final NotificationRepository notifications;
    private final RecipientService recipients;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, RecipientService recipients, Clock clock) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.clock = clock;
    }

    /** Tells the requester that their ticket was filed; runs in the idempotent consumer's transaction. */
    public void ticketCreated(String eventId, TicketCreated event, Instant eventTime) {
        String title = event.title() == null ? event.ticketId() : event.title();
        raise(eventId, event.requesterId(), NotificationType.TICKET_CREATED, "Ticket created: " + title,
                event.ticketId(), event.createdAt() == null ? eventTime : event.createdAt());
    }

    /** Tells the requester that their ticket changed status; runs in the idempotent consumer's transaction. */
    public void statusChanged(String eventId, StatusChanged event, Instant eventTime) {
        // Closing has its own notification (TicketClosed); requesters need no news of their own moves.
        if ("CLOSED".equals(event.to()) || java.util.Objects.equals(event.actorId(), event.requesterId())) {
            return;
        }
        raise(eventId, event.requesterId(), NotificationType.STATUS_CHANGED,
                "Ticket " + event.ticketId() + " is now " + event.to(), event.ticketId(),
                event.changedAt() == null ? eventTime : event.changedAt());
    }

    /** Tells the technician a ticket was assigned to them; runs in the idempotent consumer's transaction. */
    public void ticketAssigned(String eventId, TicketAssigned event, Instant eventTime) {
        raise(eventId, event.technicianId(), NotificationType.TICKET_ASSIGNED,
                "Ticket assigned to you: " + event.ticketId(), event.ticketId(),
                event.assignedAt() == null ? eventTime : event.assignedAt());
    }

    /**
     * A public comment: by staff, it tells the requester; by the requester, it tells the assignee. Internal
     * comments raise nothing.
     */
    public void commentAdded(String eventId, CommentAdded event, Instant eventTime) {
        if (!"PUBLIC".equals(event.visibility()) || event.authorId() == null) {
            return;
        }
        Instant at = event.createdAt() == null ? eventTime : event.createdAt();
        String author = event.authorName() == null ? "someone" : event.authorName();
        if (event.authorId().equals(event.requesterId())) {
            raise(eventId, event.assigneeId(), NotificationType.COMMENT_ADDED,
                    "The requester commented on ticket " + event.ticketId(), event.ticketId(), at);
        } else {
            raise(eventId, event.requesterId(), NotificationType.COMMENT_ADDED,
                    "New reply from " + author + " on ticket " + event.ticketId(), event.ticketId(), at);
        }
    }

    /** Tells the requester a solution waits for their answer. */
    public void solutionProposed(String eventId, SolutionProposed event, Instant eventTime) {
        raise(eventId, event.requesterId(), NotificationType.SOLUTION_PROPOSED,
                "A solution was proposed for ticket " + event.ticketId(), event.ticketId(),
                event.proposedAt() == null ? eventTime : event.proposedAt());
    }

    /** Tells the assignee an SLA target of their ticket was missed. */
    public void slaBreached(String eventId, SlaBreached event, Instant eventTime) {
        String target = "RESPONSE".equals(event.target()) ? "response" : "resolution";
        raise(eventId, event.assigneeId(), NotificationType.SLA_BREACHED,
                "SLA breached: " + target + " time of ticket " + event.ticketId() + " is over", event.ticketId(),
                event.breachedAt() == null ? eventTime : event.breachedAt());
    }

    /** Tells the requester their ticket was closed (and invites the satisfaction survey). */
    public void ticketClosed(String eventId, TicketClosed event, Instant eventTime) {
        raise(eventId, event.requesterId(), NotificationType.TICKET_CLOSED,
                "Ticket " + event.ticketId() + " was closed; tell us how it went", event.ticketId(),
                event.closedAt() == null ? eventTime : event.closedAt());
    }

    /** The recipient's notifications, newest first unless sorted otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NotificationView> list(String recipientId, boolean unreadOnly, PageParams paging) {
        var query = notifications.findFor(recipientId, unreadOnly, Paging.sort(paging.sort, SORTABLE, NEWEST_FIRST))
                .page(paging.page, paging.size);
        return new Page<>(query.list(), query.count(), paging.page, paging.size).map(NotificationView::of);
    }

    /**
     * Marks one of the recipient's notifications as read (again: the first time counts).
     *
     * @throws ApiProblem 404 if it does not exist or belongs to someone else
     */
    @Transactional
    public NotificationView markRead(String recipientId, String id) {
        Notification notification = notifications.findFor(recipientId, id)
                .orElseThrow(() -> ApiProblem.notFound("Notification", id));
        if (notification.readAt == null) {
            notification.readAt = now();
        }
        return NotificationView.of(notification);
    }

    /** Now, to the second: what MariaDB keeps through Connector/J, so that answers and later reads agree. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Marks all of the recipient's unread notifications as read. */
    @Transactional
    public ReadAllResult markAllRead(String recipientId) {
        return new ReadAllResult(notifications.markAllRead(recipientId, now()));
    }

    private void raise(String eventId, String recipientId, NotificationType type, String title, String ticketId,
            Instant at) {
        if (recipientId == null || recipientId.isBlank()) {
            Log.debugf("No recipient on event %s: no notification", eventId);
            return;
        }
        if (recipients.find(recipientId).map(r -> !r.enabled).orElse(false)) {
            Log.debugf("Recipient of event %s is disabled: no notification", eventId);
            return;
        }
        EventFields.fits(recipientId, 100, "recipient");
        EventFields.fits(ticketId, 36, "ticketId");
        EventFields.fits(eventId, 36, "event id");
        Notification notification = new Notification();
        notification.id = UUID.randomUUID().toString();
        notification.recipientId = recipientId;
        notification.type = type.name();
        notification.title = title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE - 1) + "…" : title;
        notification.ticketId = ticketId;
        notification.eventId = eventId;
        notification.createdAt = at;
        notifications.persist(notification);
    }
}
