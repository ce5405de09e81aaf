package dev.ticketing.tickets.ticket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.ticketing.kit.problem.ApiProblem;
import dev.ticketing.tickets.TicketClock;

/**
 * {@code Idempotency-Key} on {@code POST /tickets}: the same key and body give the same ticket; the same key with
 * another body is a 422. Keys are per caller.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final TicketClock clock;

    IdempotencyKeys(EntityManager em, ObjectMapper mapper, TicketClock clock) {
        this.em = em;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Claims {@code key} for a request that would create ticket {@code newTicketId}, in the current transaction.
     * Returns empty if the key is new (go on and create that ticket), or the id of the ticket an earlier request
     * with the same key and body created. A concurrent request with the same key waits on the key's row until the
     * first one commits (or rolls back, and then it goes ahead itself).
     */
    public Optional<String> claim(String callerId, String key, Object request, String newTicketId) {
        String hash = hash(request);
        int inserted = em.createNativeQuery("INSERT IGNORE INTO idempotency_key "
                + "(caller_id, idem_key, request_hash, ticket_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, callerId).setParameter(2, key).setParameter(3, hash)
                .setParameter(4, newTicketId).setParameter(5, clock.now())
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        Object[] row = (Object[]) em.createNativeQuery("SELECT request_hash, ticket_id FROM idempotency_key "
                + "WHERE caller_id = ?1 AND idem_key = ?2")
                .setParameter(1, callerId).setParameter(2, key).getSingleResult();
        if (!hash.equals(row[0])) {
            throw new ApiProblem(422, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used with another request body", List.of(), Map.of());
        }
        return Optional.of((String) row[1]);
    }

    private String hash(Object request) {
        try {
            byte[] json = mapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash the request", e);
        }
    }
}
