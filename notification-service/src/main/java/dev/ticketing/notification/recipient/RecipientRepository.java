package dev.ticketing.notification.recipient;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stores and finds recipients. */
@ApplicationScoped
public class RecipientRepository implements PanacheRepositoryBase<Recipient, String> {
}
