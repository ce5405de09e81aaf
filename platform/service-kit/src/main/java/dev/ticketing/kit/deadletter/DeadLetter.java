package dev.ticketing.kit.deadletter;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A record a consumer could never apply, kept with its origin and the error for inspection and replay. */
@Entity
@Table(name = "dead_letter")
public class DeadLetter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String consumer;

    public String topic;

    @Column(name = "kafka_partition")
    public Integer partition;

    @Column(name = "kafka_offset")
    public Long offset;

    @Column(name = "record_key")
    public String recordKey;

    @Column(name = "event_id", length = 36)
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    public String payload;

    @Column(nullable = false, length = 2000)
    public String error;

    @Column(name = "dead_lettered_at", nullable = false)
    public Instant deadLetteredAt;

    @Column(name = "replayed_at")
    public Instant replayedAt;
}
