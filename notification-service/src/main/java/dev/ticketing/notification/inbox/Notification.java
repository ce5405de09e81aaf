package dev.ticketing.notification.inbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An in-app notification for one recipient; never serialised to the API. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    public String id;

    @Column(name = "recipient_id")
    public String recipientId;

    public String type;

    public String title;

    @Column(name = "ticket_id")
    public String ticketId;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
