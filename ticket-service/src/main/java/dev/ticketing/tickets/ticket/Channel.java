package dev.ticketing.tickets.ticket;

/** How the ticket reached the helpdesk. */
public enum Channel {
    WEB, EMAIL, PHONE, CHAT, API
}
