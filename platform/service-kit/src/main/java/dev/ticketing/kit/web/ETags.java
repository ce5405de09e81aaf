package dev.ticketing.kit.web;

import jakarta.ws.rs.core.EntityTag;

import dev.ticketing.kit.problem.ApiProblem;

/**
 * Optimistic concurrency over HTTP: the {@code ETag} of a resource is its entity version; a change must send it
 * back in {@code If-Match}. Missing: 428; not a version: 412 (the caller then compares with the current one).
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an {@code If-Match} header names ({@code "3"}, {@code W/"3"} or {@code 3}). */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(428, "precondition-required", "If-Match required",
                    "Send If-Match with the ETag you last read, so that concurrent changes are not lost");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw stale(ifMatch, -1);
        }
    }

    /** 412 for a change based on another version than the current one. */
    public static ApiProblem stale(Object expected, long current) {
        return new ApiProblem(412, "precondition-failed", "Stale version",
                "If-Match " + expected + " does not match the current version"
                        + (current >= 0 ? " " + current + "; read the resource again and retry" : ""));
    }
}
