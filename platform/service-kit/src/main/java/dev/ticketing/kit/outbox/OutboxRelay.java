package dev.ticketing.kit.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.ticketing.events.EventEnvelope;
import dev.ticketing.kit.lock.PlatformLock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;

/**
 * Publishes outbox rows to Kafka in commit order: woken right after each commit, and by a periodic sweep for rows
 * left behind (broker down, crash). One replica relays at a time (a row lock taken with SKIP LOCKED), which keeps
 * the per-aggregate order across replicas. The producer is built from the shared {@code kafka.*} configuration
 * (TLS/SASL included) and is idempotent with {@code acks=all}; a row is marked
 * published only once the broker acknowledged it, so a failure means a later resend (consumers are idempotent),
 * never a loss.
 *
 * <p>Hand-written rather than a library: the Debezium outbox extension needs Kafka Connect and CDC, which this
 * suite does not run; the relay is the small part that remains.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final String LOCK = "outbox-relay";

    private final OutboxRepository repository;
    private final PlatformLock lock;
    private final OutboxConfig config;
    private final Clock clock;
    private final Map<String, Object> kafkaConfig;
    private final String clientId;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private final AtomicLong pending = new AtomicLong();
    private final Counter published;
    private volatile KafkaProducer<String, String> producer;
    private volatile boolean stopping;

    OutboxRelay(OutboxRepository repository, PlatformLock lock, OutboxConfig config, MeterRegistry registry,
            Clock clock, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.repository = repository;
        this.lock = lock;
        this.config = config;
        this.clock = clock;
        this.kafkaConfig = kafkaConfig;
        this.clientId = applicationName + "-outbox";
        Gauge.builder("ticketing.outbox.pending", pending, AtomicLong::get)
                .description("Outbox rows not yet acknowledged by Kafka (as of the last relay pass)")
                .register(registry);
        this.published = Counter.builder("ticketing.outbox.published")
                .description("Events published from the outbox").register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        wakeUp();
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Appended event) {
        wakeUp();
    }

    @Scheduled(every = "${ticketing.outbox.sweep-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        wakeUp();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void trim() {
        long deleted = QuarkusTransaction.requiringNew()
                .call(() -> repository.deletePublishedBefore(clock.instant().minus(config.retention())));
        if (deleted > 0) {
            Log.debugf("Deleted %d published outbox rows", deleted);
        }
    }

    /** Asks the relay thread for a pass; wake-ups that arrive during a pass are folded into one more pass. */
    public void wakeUp() {
        if (!stopping && wakeUpPending.compareAndSet(false, true)) {
            worker.execute(() -> {
                wakeUpPending.set(false);
                drain();
            });
        }
    }

    private void drain() {
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew()
                        .timeout((int) config.sendTimeout().toSeconds() + 30)
                        .call(this::publishBatch);
            } while (sent == config.batchSize() && !stopping);
        } catch (RuntimeException e) {
            Log.warnf("Outbox relay pass failed, rows stay for the next sweep: %s", e.toString());
        }
    }

    /** Returns how many rows were published; fewer than the batch size ends the pass. */
    private int publishBatch() {
        if (!lock.tryLock(LOCK)) {
            return 0; // another replica is relaying
        }
        List<OutboxEvent> rows = repository.nextPending(config.batchSize());
        if (rows.isEmpty()) {
            pending.set(0);
            return 0;
        }
        KafkaProducer<String, String> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (OutboxEvent row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.recordKey, row.payload);
            record.headers().add(new RecordHeader("content-type", EventEnvelope.CONTENT_TYPE.getBytes()));
            record.headers().add(new RecordHeader("ce_type", row.eventType.getBytes()));
            record.headers().add(new RecordHeader("ce_id", row.eventId.getBytes()));
            acks.add(kafka.send(record));
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        Instant now = clock.instant();
        int done = 0;
        try {
            for (; done < rows.size(); done++) {
                acks.get(done).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                rows.get(done).publishedAt = now;
            }
        } catch (Exception e) {
            Log.warnf("Kafka did not acknowledge outbox event %s (%s): %s; %d rows wait for the next sweep",
                    rows.get(done).eventId, rows.get(done).eventType, e.toString(), rows.size() - done);
            for (int i = done; i < rows.size(); i++) {
                rows.get(i).attempts++;
            }
        }
        published.increment(done);
        pending.set(repository.countPending()); // the query flushes the rows marked above first
        return done == rows.size() ? done : -1;
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(producerConfig());
                }
            }
        }
        return producer;
    }

    /**
     * The relay producer's settings: the shared Kafka configuration (every {@code kafka.*} property, e.g.
     * {@code kafka.security.protocol}, {@code kafka.sasl.*}, {@code kafka.ssl.*}), then the relay's own guarantees,
     * which win: {@code acks=all}, idempotence, string serializers and the outbox timeouts.
     */
    public Properties producerConfig() {
        Properties props = new Properties();
        kafkaConfig.forEach((key, value) -> {
            if (value != null && ProducerConfig.configNames().contains(key)) {
                props.put(key, value);
            }
        });
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(config.sendTimeout().toMillis()));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                String.valueOf(Math.max(5_000 + 1, config.sendTimeout().toMillis())));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        worker.shutdown();
        try {
            worker.awaitTermination(config.sendTimeout().toSeconds() + 5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }

    @PreDestroy
    void destroy() {
        worker.shutdownNow();
    }
}
