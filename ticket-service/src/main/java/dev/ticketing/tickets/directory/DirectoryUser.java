package dev.ticketing.tickets.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user of the suite as ticket-service knows them from identity-events: who may be a requester, and their name. */
@Entity
@Table(name = "directory_user")
public class DirectoryUser {

    @Id
    public String id;
    public String username;
    @Column(name = "display_name")
    public String displayName;
    public boolean enabled;
    /** The time of the last identity event applied: an older event changes nothing. */
    @Column(name = "changed_at")
    public Instant changedAt;
}
