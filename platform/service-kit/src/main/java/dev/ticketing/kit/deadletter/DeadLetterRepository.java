package dev.ticketing.kit.deadletter;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Reads and writes the {@code dead_letter} table. */
@ApplicationScoped
public class DeadLetterRepository implements PanacheRepositoryBase<DeadLetter, Long> {

    /** Newest first. */
    public List<DeadLetter> page(int page, int size) {
        return find("order by id desc").page(page, size).list();
    }
}
