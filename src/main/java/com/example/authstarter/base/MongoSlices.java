package com.example.authstarter.base;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Reads one slice of a query for a lazy grid, without counting the collection. Every list uses it. */
public final class MongoSlices {

    private static final String ID = "_id";

    private MongoSlices() {}

    /**
     * The page's rows of {@code query} in {@code sort} order. The id is added as the last key, so rows with
     * equal keys never move between pages (it keeps the direction of the sort's last key); one row more than
     * the page tells whether another page follows.
     */
    public static <T> Slice<T> find(MongoTemplate mongo, Query query, Pageable pageable, Sort sort, Class<T> type) {
        var last = sort.stream().reduce((first, second) -> second).orElse(null);
        var stable = sort.getOrderFor(ID) != null
                ? sort
                : sort.and(last != null && last.isDescending() ? Sort.by(ID).descending() : Sort.by(ID));
        query.with(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), stable))
                .limit(pageable.getPageSize() + 1);
        List<T> rows = mongo.find(query, type);
        boolean more = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }
}
