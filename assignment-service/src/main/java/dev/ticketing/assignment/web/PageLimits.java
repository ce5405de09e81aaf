package dev.ticketing.assignment.web;

import dev.ticketing.kit.paging.PageParams;
import dev.ticketing.kit.problem.ApiProblem;

/**
 * Refuses a page whose row offset ({@code page * size}) does not fit an int: Panache computes it in int, and
 * {@code page=107374183} overflowed into a negative offset and a 500. Until the kit's {@code PageParams} bounds
 * the page itself, every list of this service checks here first.
 */
public final class PageLimits {

    private PageLimits() {
    }

    /**
     * Checks that the page's last row offset fits an int.
     *
     * @throws ApiProblem 400 naming {@code page} otherwise
     */
    public static void check(PageParams paging) {
        if ((long) paging.page * paging.size > Integer.MAX_VALUE - paging.size) {
            throw ApiProblem.badRequest("page", "is too large for a page size of " + paging.size);
        }
    }
}
