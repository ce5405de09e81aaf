package dev.ticketing.tickets.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import dev.ticketing.events.FieldChange;
import dev.ticketing.events.TicketCreated;
import dev.ticketing.events.TicketUpdated;
import dev.ticketing.events.Topics;
import dev.ticketing.kit.outbox.Outbox;
import dev.ticketing.kit.paging.Page;
import dev.ticketing.kit.paging.Paging;
import dev.ticketing.kit.problem.ApiProblem;
import dev.ticketing.kit.problem.Problem;
import dev.ticketing.kit.security.CurrentUser;
import dev.ticketing.kit.security.Roles;
import dev.ticketing.kit.web.ETags;
import dev.ticketing.tickets.TicketClock;
import dev.ticketing.tickets.directory.Directory;
import dev.ticketing.tickets.directory.DirectoryUser;
import dev.ticketing.tickets.history.HistoryRepository;
import dev.ticketing.tickets.search.SearchLimits;
import dev.ticketing.tickets.sla.SlaPolicy;

/** The rules of filing, reading, listing and editing tickets. */
@ApplicationScoped
public class TicketService {

    /** API sort names to columns. */
    private static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "created_at", "updatedAt", "updated_at", "priority", "priority", "status", "status",
            "title", "title", "responseDueAt", "response_due_at", "resolutionDueAt", "resolution_due_at",
            "category", "category");
    /** The shortest word searched (InnoDB's default innodb_ft_min_token_size). */
    static final int MIN_WORD = 3;

    private final TicketRepository tickets;
    private final HistoryRepository history;
    private final Outbox outbox;
    private final SlaPolicy sla;
    private final PriorityMatrix matrix;
    private final IdempotencyKeys idempotencyKeys;
    private final EntityManager em;
    private final SearchLimits searchLimits;
    private final Directory directory;
    private final TicketClock clock;

    TicketService(TicketRepository tickets, HistoryRepository history, Outbox outbox, SlaPolicy sla,
            PriorityMatrix matrix, IdempotencyKeys idempotencyKeys, EntityManager em, SearchLimits searchLimits,
            Directory directory, TicketClock clock) {
        this.tickets = tickets;
        this.history = history;
        this.outbox = outbox;
        this.sla = sla;
        this.matrix = matrix;
        this.idempotencyKeys = idempotencyKeys;
        this.em = em;
        this.searchLimits = searchLimits;
        this.directory = directory;
        this.clock = clock;
    }

    /** What {@link #create} did: the ticket, and whether an earlier request with the same key had made it. */
    public record Created(Ticket ticket, boolean replayed) {
    }

    /**
     * Files a ticket: the ticket, its first history entry and its TicketCreated event commit together. With an
     * idempotency key already used for the same body, answers the ticket that request created.
     */
    @Transactional
    public Created create(CreateTicketRequest request, String idempotencyKey, CurrentUser caller) {
        String id = UUID.randomUUID().toString();
        if (idempotencyKey != null) {
            Optional<String> earlier = idempotencyKeys.claim(caller.id(), idempotencyKey, request, id);
            if (earlier.isPresent()) {
                return new Created(tickets.findTicket(earlier.get()).orElseThrow(() -> new TicketNotFound(
                        earlier.get())), true);
            }
        }
        Instant now = now();
        Ticket ticket = new Ticket();
        ticket.id = id;
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
            DirectoryUser requester = directory.requireActive(request.requesterId());
            ticket.requesterId = requester.id;
            ticket.requesterName = requester.displayName;
        } else {
            if (caller.hasRole(Roles.SERVICE) && !caller.hasAnyRole(Roles.REQUESTER, Roles.TECHNICIAN)) {
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
        return new Created(ticket, false);
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

    /**
     * Loads a ticket for a change: locked until the transaction ends (changes to one ticket are serialised, so
     * its events leave the outbox in order), visible to the caller (404 otherwise), not archived (409).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Ticket lockForChange(String id, CurrentUser caller) {
        Ticket ticket = tickets.findForUpdate(id)
                .orElseThrow(() -> new TicketNotFound(id));
        if (!canSee(ticket, caller)) {
            throw new TicketNotFound(id);
        }
        requireNotArchived(ticket);
        return ticket;
    }

    public static void requireNotArchived(Ticket ticket) {
        if (ticket.archived) {
            throw ApiProblem.conflict("ticket-archived", "Ticket archived",
                    "Ticket " + ticket.id + " is archived and read-only");
        }
    }

    /** {@code PATCH}: changes the given fields if {@code ifMatch} names the current version (else 412/428). */
    @Transactional
    public Ticket update(String id, String ifMatch, UpdateTicketRequest request, CurrentUser caller) {
        if (ifMatch == null || ifMatch.isBlank()) {
            ETags.check(ifMatch, -1, true); // 428 before anything is read
        }
        if (request.isEmpty()) {
            throw ApiProblem.badRequest("body", "names no field to change");
        }
        Ticket ticket = lockForChange(id, caller);
        ETags.check(ifMatch, ticket.version, true);
        boolean staff = caller.isStaffManager() || caller.id().equals(ticket.assigneeId);
        boolean ownNew = caller.id().equals(ticket.requesterId) && ticket.status == Status.NEW;
        if (!staff && !(ownNew && request.category() == null && request.priority() == null)) {
            throw ApiProblem.forbidden(caller.id().equals(ticket.requesterId)
                    ? "Requesters may change the title and description of their tickets while they are NEW"
                    : "Only the assignee, supervisors and admins may change this ticket");
        }
        Instant now = now();
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        if (request.title() != null && !request.title().strip().equals(ticket.title)) {
            changes.put("title", new FieldChange(ticket.title, request.title().strip()));
            ticket.title = request.title().strip();
        }
        if (request.description() != null && !request.description().equals(ticket.description)) {
            changes.put("description", new FieldChange(ticket.description, request.description()));
            ticket.description = request.description();
        }
        if (request.category() != null && request.category() != ticket.category) {
            changes.put("category", new FieldChange(ticket.category.name(), request.category().name()));
            ticket.category = request.category();
        }
        if (request.priority() != null && request.priority() != ticket.priority) {
            changes.put("priority", new FieldChange(ticket.priority.name(), request.priority().name()));
            // The due dates keep any paused time: they move by the difference between the two targets.
            Duration response = Duration.between(sla.responseDue(ticket.priority, now),
                    sla.responseDue(request.priority(), now));
            Duration resolution = Duration.between(sla.resolutionDue(ticket.priority, now),
                    sla.resolutionDue(request.priority(), now));
            ticket.responseDueAt = ticket.responseDueAt.plus(response);
            ticket.resolutionDueAt = ticket.resolutionDueAt.plus(resolution);
            ticket.priority = request.priority();
        }
        if (changes.isEmpty()) {
            return ticket;
        }
        ticket.updatedAt = now;
        changes.forEach((field, change) -> history.append(ticket.id, caller.id(), caller.displayName(),
                "FIELD_CHANGED", field, change.from(), change.to(), now));
        outbox.append(Topics.TICKET_EVENTS, ticket.id, TicketUpdated.TYPE,
                new TicketUpdated(ticket.id, changes, caller.id(), now));
        return ticket;
    }

    /** One page of the tickets the caller may see that match the filter. */
    @Transactional
    public Page<Ticket> list(TicketFilter filter, int page, int size, String sort, CurrentUser caller) {
        StringBuilder where = new StringBuilder(" WHERE archived = :archived");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("archived", filter.archived());
        if (!caller.isStaffManager() && !caller.hasRole(Roles.SERVICE)) {
            if (caller.hasRole(Roles.TECHNICIAN)) {
                where.append(" AND (assignee_id = :me OR assignee_id IS NULL OR requester_id = :me)");
            } else {
                where.append(" AND requester_id = :me");
            }
            params.put("me", caller.id());
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" AND status IN (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        condition(where, params, "priority", "priority = :priority",
                filter.priority() == null ? null : filter.priority().name());
        condition(where, params, "category", "category = :category",
                filter.category() == null ? null : filter.category().name());
        condition(where, params, "assigneeId", "assignee_id = :assigneeId", filter.assigneeId());
        condition(where, params, "requesterId", "requester_id = :requesterId", filter.requesterId());
        condition(where, params, "createdFrom", "created_at >= :createdFrom", filter.createdFrom());
        condition(where, params, "createdTo", "created_at < :createdTo", filter.createdTo());
        condition(where, params, "updatedSince", "updated_at >= :updatedSince", filter.updatedSince());
        if (filter.q() != null && !filter.q().isBlank()) {
            textSearch(where, params, filter.q());
        }
        String orderBy = Paging.orderBy(sort, SORTABLE, "created_at DESC", "id");
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM ticket" + where);
        Query select = em.createNativeQuery("SELECT * FROM ticket" + where + " ORDER BY " + orderBy
                + " LIMIT :limit OFFSET :offset", Ticket.class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        select.setParameter("limit", size).setParameter("offset", (long) page * size);
        if (!params.containsKey("q")) {
            return page(count, select, page, size);
        }
        searchLimits.limit(count);
        searchLimits.limit(select);
        return searchLimits.run(caller.id(), () -> page(count, select, page, size));
    }

    private static Page<Ticket> page(Query count, Query select, int page, int size) {
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Ticket> items = total == 0 ? List.of() : select.getResultList();
        return new Page<>(items, total, page, size);
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String name, String sql,
            Object value) {
        if (value != null) {
            where.append(" AND ").append(sql);
            params.put(name, value);
        }
    }

    /**
     * Words of {@value #MIN_WORD} or more letters or digits go through the FULLTEXT index (prefix match); shorter
     * words are dropped (the index does not hold them, and a LIKE per word would scan the table); 400 when no word
     * remains.
     */
    private static void textSearch(StringBuilder where, Map<String, Object> params, String q) {
        List<String> indexed = new ArrayList<>();
        for (String word : q.split("[^\\p{L}\\p{N}]+")) {
            if (word.codePointCount(0, word.length()) >= MIN_WORD) {
                indexed.add("+" + word + "*");
            }
        }
        if (indexed.isEmpty()) {
            throw ApiProblem.badRequest("q", "must contain a word of at least " + MIN_WORD
                    + " letters or digits (shorter words are ignored)");
        }
        where.append(" AND MATCH(title, description) AGAINST (:q IN BOOLEAN MODE)");
        params.put("q", String.join(" ", indexed));
    }

    /** Requesters see their own tickets; technicians those assigned to them or unassigned; the rest all. */
    public static boolean canSee(Ticket ticket, CurrentUser caller) {
        if (caller.isStaffManager() || caller.hasRole(Roles.SERVICE)) {
            return true;
        }
        if (Objects.equals(ticket.requesterId, caller.id())) {
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

    private Instant now() {
        return clock.now();
    }
}
