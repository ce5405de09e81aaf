package dev.ticketing.kit.health;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.health.api.HealthGroup;

/**
 * Whether the Kafka cluster answers, in its own health group ({@code /q/health/group/kafka}) and as the gauge
 * {@code ticketing_kafka_up} (1 or 0, refreshed every 10 s). Deliberately not part of readiness: with Kafka away a
 * service still answers (its events wait in the outbox), so it must keep receiving traffic.
 */
@ApplicationScoped
@HealthGroup("kafka")
public class KafkaHealth implements HealthCheck {

    private static final long TIMEOUT_MS = 3_000;

    private final Map<String, Object> kafkaConfig;
    private final AtomicInteger up = new AtomicInteger();
    private volatile Admin admin;

    KafkaHealth(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry) {
        this.kafkaConfig = kafkaConfig;
        Gauge.builder("ticketing.kafka.up", up, AtomicInteger::get)
                .description("1 if the Kafka cluster answered the last check, else 0")
                .register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        boolean answered = check();
        return HealthCheckResponse.named("kafka")
                .status(answered)
                .withData("bootstrap.servers",
                        String.valueOf(kafkaConfig.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)))
                .build();
    }

    @Scheduled(every = "10s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        check();
    }

    /** Asks the cluster for its nodes; updates the gauge. */
    public boolean check() {
        boolean answered;
        try {
            answered = !admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT_MS))
                    .nodes().get(TIMEOUT_MS + 500, TimeUnit.MILLISECONDS).isEmpty();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            answered = false;
        }
        up.set(answered ? 1 : 0);
        return answered;
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    Properties props = new Properties();
                    kafkaConfig.forEach((key, value) -> {
                        if (value != null && AdminClientConfig.configNames().contains(key)) {
                            props.put(key, value);
                        }
                    });
                    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "health-" + System.identityHashCode(this));
                    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT_MS);
                    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT_MS);
                    admin = Admin.create(props);
                }
            }
        }
        return admin;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
