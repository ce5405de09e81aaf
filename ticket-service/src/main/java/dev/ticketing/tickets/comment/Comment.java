package dev.ticketing.tickets.comment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A comment on a ticket. */
@Entity
@Table(name = "ticket_comment")
public class Comment {

    @Id
    public String id;
    @Column(name = "ticket_id")
    public String ticketId;
    @Column(name = "author_id")
    public String authorId;
    @Column(name = "author_name")
    public String authorName;
    public String body;
    @Enumerated(EnumType.STRING)
    public Visibility visibility;
    @Column(name = "created_at")
    public Instant createdAt;
}
