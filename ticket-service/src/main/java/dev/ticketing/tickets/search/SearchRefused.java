package dev.ticketing.tickets.search;

import dev.ticketing.kit.problem.ApiProblem;

/** A search refused for load reasons: answered with {@code Retry-After}. */
public class SearchRefused extends ApiProblem {

    private final int retryAfterSeconds;

    SearchRefused(int status, String slug, String title, String detail, int retryAfterSeconds) {
        super(status, slug, title, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static SearchRefused tooMany(int perCaller) {
        return new SearchRefused(429, "too-many-searches", "Too many concurrent searches",
                "At most " + perCaller + " full-text searches per caller run at a time; retry when one ends", 1);
    }

    static SearchRefused timedOut(int seconds) {
        return new SearchRefused(503, "search-timeout", "Search took too long",
                "The full-text search was stopped after " + seconds + " s; use more specific words", 5);
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
