package dev.ticketing.kit.security;

/** The suite's roles, as carried in the access token's {@code groups} claim. */
public final class Roles {

    public static final String REQUESTER = "requester";
    public static final String TECHNICIAN = "technician";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "admin";
    /** Integration clients (client_credentials); may file tickets on behalf of a requester. */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
