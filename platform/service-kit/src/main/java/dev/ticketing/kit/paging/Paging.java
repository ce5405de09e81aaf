package dev.ticketing.kit.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import dev.ticketing.kit.problem.ApiProblem;
import io.quarkus.panache.common.Sort;

/** Turns paging parameters into queries and pages into answers with {@code X-Total-Count} and RFC 8288 links. */
public final class Paging {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private Paging() {
    }

    /**
     * Parses {@code sort=field,-field} against the fields a list allows (API name to entity attribute).
     *
     * @throws ApiProblem 400 naming the allowed fields if one is unknown
     */
    public static Sort sort(String sort, Map<String, String> allowed, Sort fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        Sort result = null;
        for (String part : sort.split(",")) {
            boolean descending = part.startsWith("-");
            String name = descending ? part.substring(1) : part;
            String column = allowed.get(name);
            if (column == null) {
                throw ApiProblem.badRequest("sort", "cannot sort by " + name + "; allowed: "
                        + String.join(", ", allowed.keySet().stream().sorted().toList()));
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(column, direction) : result.and(column, direction);
        }
        return result;
    }

    /**
     * The same, as an SQL {@code ORDER BY} list for native queries: {@code allowed} maps API names to columns.
     * The id column always ends the list, so that pages are stable.
     */
    public static String orderBy(String sort, Map<String, String> allowed, String fallback, String idColumn) {
        if (sort == null || sort.isBlank()) {
            return fallback + ", " + idColumn;
        }
        List<String> parts = new ArrayList<>();
        for (String part : sort.split(",")) {
            boolean descending = part.startsWith("-");
            String name = descending ? part.substring(1) : part;
            String column = allowed.get(name);
            if (column == null) {
                throw ApiProblem.badRequest("sort", "cannot sort by " + name + "; allowed: "
                        + String.join(", ", allowed.keySet().stream().sorted().toList()));
            }
            parts.add(column + (descending ? " DESC" : " ASC"));
        }
        parts.add(idColumn);
        return String.join(", ", parts);
    }

    /** A 200 answer with the page's items as body, {@code X-Total-Count} and {@code Link} first/prev/next/last. */
    public static Response ok(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder answer = Response.ok(page.items()).header(TOTAL_COUNT, page.total());
        List<String> links = new ArrayList<>();
        links.add(link(uri, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(uri, Math.min(page.page() - 1, page.lastPage()), page.size(), "prev"));
        }
        if (page.page() < page.lastPage()) {
            links.add(link(uri, page.page() + 1, page.size(), "next"));
        }
        links.add(link(uri, page.lastPage(), page.size(), "last"));
        return answer.header("Link", String.join(", ", links)).build();
    }

    private static String link(UriInfo uri, int page, int size, String rel) {
        String target = uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size)
                .build()
                .toString();
        return "<" + target + ">; rel=\"" + rel + "\"";
    }
}
