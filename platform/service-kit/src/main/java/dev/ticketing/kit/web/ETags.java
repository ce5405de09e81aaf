package dev.ticketing.kit.web;

import java.util.Optional;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import dev.ticketing.kit.problem.ApiProblem;

/**
 * Optimistic concurrency over HTTP, the same for every resource of the suite: the {@code ETag} of a resource is
 * its entity version; a change sends it back in {@code If-Match}. Missing where required: 428; no match: 412.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks {@code If-Match} against the current version: a list of tags, weak ({@code W/"3"}) or strong
     * ({@code "3"}), or {@code *}. Call it with the resource loaded under a lock, so that the check holds until
     * the change commits.
     *
     * @param required whether a missing header is a 428 (true) or means "any version" (false)
     */
    public static void check(String ifMatch, long currentVersion, boolean required) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (required) {
                throw new ApiProblem(428, "precondition-required", "If-Match required",
                        "Send If-Match with the ETag you last read, so that concurrent changes are not lost");
            }
            return;
        }
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            t = t.replace("\"", "");
            if (t.equals("*") || t.equals(Long.toString(currentVersion))) {
                return;
            }
        }
        throw new ApiProblem(412, "precondition-failed", "Stale version",
                "If-Match " + ifMatch + " does not match the current version \"" + currentVersion
                        + "\"; read the resource again and retry");
    }

    /**
     * Checks {@code If-None-Match} against the current version, for a GET: a match (a listed tag, weak or strong,
     * or {@code *}) means the client's copy is current.
     *
     * @return a 304 Not Modified answer with the ETag when it matches, else empty (answer 200 with the body)
     */
    public static Optional<Response> notModified(String ifNoneMatch, long currentVersion) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return Optional.empty();
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            t = t.replace("\"", "");
            if (t.equals("*") || t.equals(Long.toString(currentVersion))) {
                return Optional.of(Response.notModified(of(currentVersion)).build());
            }
        }
        return Optional.empty();
    }
}
