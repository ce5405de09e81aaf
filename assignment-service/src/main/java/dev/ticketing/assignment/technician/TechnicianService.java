package dev.ticketing.assignment.technician;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.ticketing.assignment.messaging.EventFields;
import dev.ticketing.assignment.ticket.OpenTicketRepository;
import dev.ticketing.events.UserCreated;
import dev.ticketing.events.UserDisabled;
import dev.ticketing.events.UserUpdated;
import dev.ticketing.kit.inbox.MalformedEventException;
import dev.ticketing.kit.paging.Page;
import dev.ticketing.kit.paging.PageParams;
import dev.ticketing.kit.paging.Paging;
import dev.ticketing.kit.problem.ApiProblem;
import dev.ticketing.kit.security.Roles;
import dev.ticketing.kit.web.ETags;
import io.quarkus.panache.common.Sort;

/** Keeps the technician projection from identity events and lets supervisors set skills, level and capacity. */
@ApplicationScoped
public class TechnicianService {

    /** Open tickets a technician takes when nobody said otherwise. */
    public static final int DEFAULT_CAPACITY = 5;
    private static final int MAX_NAME = 200;
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "level", "level", "capacity",
            "capacity", "updatedAt", "updatedAt");
    private static final Sort DEFAULT_SORT = Sort.ascending("name").and("id");

    private final TechnicianRepository technicians;
    private final OpenTicketRepository tickets;
    private final Clock clock;

    TechnicianService(TechnicianRepository technicians, OpenTicketRepository tickets, Clock clock) {
        this.technicians = technicians;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** A new account: kept if it has the technician role; runs in the idempotent consumer's transaction. */
    public void userCreated(UserCreated event, Instant eventTime) {
        profile(event.userId(), event.username(), event.displayName(), event.email(), event.team(), event.roles(),
                true, event.createdAt() == null ? eventTime : event.createdAt());
    }

    /** A changed account: profile, roles and enabled flag follow; the fields owned here stay. */
    public void userUpdated(UserUpdated event, Instant eventTime) {
        profile(event.userId(), event.username(), event.displayName(), event.email(), event.team(), event.roles(),
                event.enabled(), event.updatedAt() == null ? eventTime : event.updatedAt());
    }

    /** A disabled account no longer takes tickets. */
    public void userDisabled(UserDisabled event, Instant eventTime) {
        if (event.userId() == null) {
            throw new MalformedEventException("UserDisabled without userId");
        }
        Technician technician = technicians.findById(event.userId());
        if (technician != null) {
            technician.enabled = false;
            technician.updatedAt = event.disabledAt() == null ? eventTime : event.disabledAt();
        }
    }

    private void profile(String userId, String username, String displayName, String email, String team,
            List<String> roles, boolean enabled, Instant at) {
        if (userId == null) {
            throw new MalformedEventException("User event without userId");
        }
        EventFields.fits(userId, 100, "userId");
        EventFields.fits(username, 100, "username");
        EventFields.fits(email, 320, "email");
        EventFields.fits(team, 100, "team");
        boolean isTechnician = roles != null && roles.contains(Roles.TECHNICIAN);
        Technician technician = technicians.findById(userId);
        if (technician == null) {
            if (!isTechnician) {
                return;
            }
            technician = new Technician();
            technician.id = userId;
            fill(technician, username, displayName, email, team, enabled, at);
            technicians.persist(technician);
            return;
        }
        technician.technician = isTechnician;
        fill(technician, username, displayName, email, team, enabled, at);
    }

    private static void fill(Technician technician, String username, String displayName, String email, String team,
            boolean enabled, Instant at) {
        String name = displayName == null || displayName.isBlank() ? (username == null ? technician.id : username)
                : displayName;
        technician.username = username;
        technician.name = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        technician.email = email;
        technician.team = team;
        technician.enabled = enabled;
        technician.updatedAt = at;
    }

    /** One page of technicians, by name unless sorted otherwise, each with their open-ticket count. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TechnicianView> list(String skill, Boolean available, PageParams paging) {
        var query = technicians.search(skill, available, Paging.sort(paging.sort, SORTABLE, DEFAULT_SORT))
                .page(paging.page, paging.size);
        List<Technician> page = query.list();
        Map<String, Long> load = tickets.countOpenByAssignee(page.stream().map(t -> t.id).toList());
        return new Page<>(page, query.count(), paging.page, paging.size)
                .map(t -> TechnicianView.of(t, load.getOrDefault(t.id, 0L)));
    }

    /**
     * One technician.
     *
     * @throws ApiProblem 404 if the user is unknown or not a technician
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TechnicianView get(String id) {
        return view(find(id).orElseThrow(() -> ApiProblem.notFound("Technician", id)));
    }

    /** The technician, if the user is known and has the technician role. */
    public Optional<Technician> find(String id) {
        return technicians.findByIdOptional(id).filter(t -> t.technician);
    }

    /**
     * Changes the fields owned here if {@code expectedVersion} is still current.
     *
     * @throws ApiProblem 404 if unknown, 400 if nothing to change, 412 on a stale version
     */
    @Transactional
    public TechnicianView update(String id, String ifMatch, TechnicianPatch patch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            ETags.check(ifMatch, -1, true); // 428 before anything is read
        }
        if (patch.isEmpty()) {
            throw ApiProblem.badRequest("body", "names no field to change");
        }
        Technician technician = find(id).orElseThrow(() -> ApiProblem.notFound("Technician", id));
        ETags.check(ifMatch, technician.version, true);
        if (patch.skills() != null) {
            technician.skillList(patch.skills());
        }
        if (patch.level() != null) {
            technician.level = patch.level();
        }
        if (patch.capacity() != null) {
            technician.capacity = patch.capacity();
        }
        if (patch.available() != null) {
            technician.available = patch.available();
        }
        technician.updatedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        technicians.flush();
        return view(technician);
    }

    private TechnicianView view(Technician technician) {
        return TechnicianView.of(technician,
                tickets.countOpenByAssignee(List.of(technician.id)).getOrDefault(technician.id, 0L));
    }
}
