package dev.ticketing.assignment.technician;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A technician as assignment-service knows it: identity from the gateway, skills and capacity owned here. */
@Entity
@Table(name = "technician")
public class Technician {

    @Id
    public String id;

    public String username;

    public String name;

    public String email;

    public String team;

    /** Categories framed by commas, e.g. {@code ,BUG,INCIDENT,}. */
    public String skills = ",";

    public int level = 1;

    public int capacity = TechnicianService.DEFAULT_CAPACITY;

    /** Set by supervisors: whether the technician takes new tickets. */
    public boolean available = true;

    /** From identity-events: false once the account is disabled. */
    public boolean enabled = true;

    /** From identity-events: whether the account has the technician role. */
    public boolean technician = true;

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The skills as a sorted list. */
    public List<String> skillList() {
        return Arrays.stream(skills.split(",")).filter(s -> !s.isBlank()).sorted().toList();
    }

    public void skillList(Collection<String> values) {
        skills = "," + String.join(",", values.stream().distinct().sorted().toList()) + (values.isEmpty() ? "" : ",");
    }

    /** Whether new tickets may go to this technician: available, enabled and still a technician. */
    public boolean assignable() {
        return available && enabled && technician;
    }
}
