package dev.ticketing.notification.recipient;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user notifications may go to, as identity-events describe them; never serialised to the API. */
@Entity
@Table(name = "recipient")
public class Recipient {

    @Id
    public String id;

    public String username;

    @Column(name = "display_name")
    public String displayName;

    public String email;

    public String locale;

    public boolean enabled = true;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
