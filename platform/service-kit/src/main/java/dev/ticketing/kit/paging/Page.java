package dev.ticketing.kit.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total count of matching items. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }

    public int lastPage() {
        return total == 0 ? 0 : (int) ((total - 1) / size);
    }
}
