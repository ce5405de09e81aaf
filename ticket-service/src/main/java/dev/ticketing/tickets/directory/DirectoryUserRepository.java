package dev.ticketing.tickets.directory;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stores the user directory. */
@ApplicationScoped
public class DirectoryUserRepository implements PanacheRepositoryBase<DirectoryUser, String> {
}
