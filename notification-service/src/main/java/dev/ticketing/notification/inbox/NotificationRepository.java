package dev.ticketing.notification.inbox;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Stores and finds notifications, always scoped to one recipient. */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, String> {

    public PanacheQuery<Notification> findFor(String recipientId, boolean unreadOnly, Sort sort) {
        String query = "recipientId = :recipient" + (unreadOnly ? " and readAt is null" : "");
        return find(query, sort, Parameters.with("recipient", recipientId));
    }

    public Optional<Notification> findFor(String recipientId, String id) {
        return find("id = :id and recipientId = :recipient",
                Parameters.with("id", id).and("recipient", recipientId)).firstResultOptional();
    }

    /** Marks every unread notification of the recipient as read; returns how many changed. */
    public int markAllRead(String recipientId, Instant at) {
        return update("readAt = :at where recipientId = :recipient and readAt is null",
                Parameters.with("at", at).and("recipient", recipientId));
    }
}
