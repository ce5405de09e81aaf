package dev.ticketing.kit.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging and sorting query parameters of every list endpoint ({@code @BeanParam}). */
public class PageParams {

    /** The highest page number: page × size (the row offset) stays far from int overflow. */
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be between 0 and " + PageParams.MAX_PAGE)
    @Max(value = PageParams.MAX_PAGE, message = "must be between 0 and " + PageParams.MAX_PAGE)
    @Parameter(description = "Page number, 0-based, at most " + PageParams.MAX_PAGE, example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be between 1 and 100")
    @Max(value = 100, message = "must be between 1 and 100")
    @Parameter(description = "Page size, 1 to 100", example = "20")
    public int size;

    @QueryParam("sort")
    @Size(max = 200)
    @Pattern(regexp = "^$|^-?[A-Za-z]+(,-?[A-Za-z]+)*$", message = "must look like field,-otherField")
    @Parameter(description = "Comma-separated fields; a leading - sorts descending", example = "-createdAt,priority")
    public String sort;
}
