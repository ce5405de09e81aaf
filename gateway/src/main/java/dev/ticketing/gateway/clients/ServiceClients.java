package dev.ticketing.gateway.clients;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.ticketing.gateway.edge.Inputs;
import dev.ticketing.kit.paging.Page;
import dev.ticketing.kit.paging.PageParams;
import dev.ticketing.kit.paging.Paging;
import dev.ticketing.kit.problem.ApiProblem;
import dev.ticketing.kit.problem.Problem;
import dev.ticketing.kit.security.Roles;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;

/**
 * Service clients: created by an administrator with a generated 256-bit secret, shown once and stored as its
 * SHA-256 hash (a random secret of that size needs no slow hash). Their tokens always carry the {@code service}
 * role; {@code admin} is refused, so a machine never administers accounts.
 */
@ApplicationScoped
public class ServiceClients implements PanacheRepositoryBase<ServiceClient, String> {

    private final Clock clock;

    ServiceClients(Clock clock) {
        this.clock = clock;
    }

    public static final Set<String> ALLOWED_ROLES = Set.of(Roles.SERVICE, Roles.REQUESTER, Roles.TECHNICIAN,
            Roles.SUPERVISOR);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{2,100}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String DECOY = hash("decoy");

    /** A new client and its secret, which exists in clear only here. */
    public record Created(ServiceClient client, String secret) {
    }

    @Transactional
    public Created create(String name, Set<String> roles) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            errors.add(new Problem.FieldError("name", "must be 2 to 100 letters, digits or . _ -"));
        }
        Set<String> granted = new LinkedHashSet<>();
        granted.add(Roles.SERVICE);
        if (roles != null) {
            for (String role : roles) {
                if (role == null) {
                    errors.add(new Problem.FieldError("roles", "must not contain null"));
                } else if (!ALLOWED_ROLES.contains(role)) {
                    errors.add(new Problem.FieldError("roles", "role " + role + " is not allowed for a service client; "
                            + "allowed: " + String.join(", ", ALLOWED_ROLES.stream().sorted().toList())));
                } else {
                    granted.add(role);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(400, "validation", "Invalid input",
                    errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                            : errors.size() + " fields are invalid", errors, Map.of());
        }
        if (count("name", name) > 0) {
            throw ApiProblem.conflict("duplicate-name", "Name taken", "A service client named " + name + " exists");
        }
        String secret = newSecret();
        ServiceClient client = new ServiceClient(UUID.randomUUID().toString(), name, granted, hash(secret));
        persist(client);
        try {
            flush(); // a concurrent create of the same name fails here, on the unique key
        } catch (jakarta.persistence.PersistenceException e) {
            if (Inputs.isDuplicateKey(e)) {
                throw ApiProblem.conflict("duplicate-name", "Name taken", "A service client named " + name + " exists");
            }
            throw e;
        }
        Log.infof("Service client %s created", client.id);
        return new Created(client, secret);
    }

    /**
     * A new secret; the old one stops working at once. Concurrent rotations of one client are serialised by a row
     * lock, so the secret stored at the end is the one handed out last (the highest version, its ETag).
     */
    @Transactional
    public Created rotateSecret(String id) {
        String secret = newSecret();
        // One statement: it takes the row lock (InnoDB), so rotations of one client run one after the other.
        int changed = update("secretHash = ?1, updatedAt = ?2, version = version + 1 where id = ?3", hash(secret),
                Instant.now(clock), id);
        if (changed == 0) {
            throw ApiProblem.notFound("Service client", id);
        }
        ServiceClient client = get(id);
        Log.infof("Service client %s secret rotated", client.id);
        return new Created(client, secret);
    }

    @Transactional
    public ServiceClient disable(String id) {
        ServiceClient client = get(id);
        if (client.enabled) {
            client.enabled = false;
            client.updatedAt = Instant.now(clock);
            Log.infof("Service client %s disabled", client.id);
        }
        return client;
    }

    public ServiceClient get(String id) {
        return findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Service client", id));
    }

    public Page<ServiceClient> list(PageParams page) {
        Inputs.checkPage(page);
        Sort sort = Paging.sort(page.sort, Map.of("name", "name", "createdAt", "createdAt"), Sort.by("name"))
                .and("id");
        PanacheQuery<ServiceClient> query = findAll(sort).page(page.page, page.size);
        return new Page<>(query.list(), query.count(), page.page, page.size);
    }

    /** The enabled client whose secret matches; compared in constant time. */
    public Optional<ServiceClient> authenticate(String clientId, String secret) {
        if (clientId == null || secret == null) {
            return Optional.empty();
        }
        Optional<ServiceClient> client = clientId.length() > 36 ? Optional.empty() : findByIdOptional(clientId);
        String expected = client.map(c -> c.secretHash).orElse(DECOY);
        boolean ok = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                hash(secret).getBytes(StandardCharsets.US_ASCII));
        return ok ? client.filter(ServiceClient::enabled) : Optional.empty();
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
