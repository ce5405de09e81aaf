package dev.ticketing.kit.deadletter;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.ticketing.kit.outbox.Outbox;
import dev.ticketing.kit.paging.Page;
import dev.ticketing.kit.problem.ApiProblem;
import io.quarkus.logging.Log;

/**
 * Lists a service's dead letters and replays them. Replay re-publishes the stored record, unchanged and with its
 * key, to its original topic through the outbox: the consumer that gave up applies it again (it recorded nothing
 * for it), and every other consumer group skips it as a duplicate event id.
 */
@ApplicationScoped
public class DeadLetterService {

    private final DeadLetterRepository repository;
    private final Outbox outbox;
    private final Clock clock;
    private final String service;

    DeadLetterService(DeadLetterRepository repository, Outbox outbox, Clock clock,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.repository = repository;
        this.outbox = outbox;
        this.clock = clock;
        this.service = service;
    }

    @Transactional
    public Page<DeadLetterView> list(String serviceName, int page, int size) {
        checkService(serviceName);
        return new Page<>(repository.page(page, size).stream().map(DeadLetterView::of).toList(), repository.count(),
                page, size);
    }

    @Transactional
    public DeadLetterView replay(String serviceName, long id) {
        checkService(serviceName);
        DeadLetter row = repository.findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("Dead letter", id));
        if (row.topic == null) {
            throw ApiProblem.conflict("not-replayable", "Not replayable",
                    "Dead letter " + id + " has no known topic to replay to");
        }
        outbox.appendRecord(row.topic, row.recordKey, row.eventType, row.payload);
        row.replayedAt = clock.instant();
        Log.infof("Dead letter %d (%s) replayed to %s", id, row.eventType, row.topic);
        return DeadLetterView.of(row);
    }

    private void checkService(String serviceName) {
        if (!service.equals(serviceName)) {
            throw ApiProblem.notFound("Service", serviceName);
        }
    }
}
