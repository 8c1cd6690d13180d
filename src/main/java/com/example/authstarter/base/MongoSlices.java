package com.example.authstarter.base;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Reads one slice of a query for a lazy grid, without counting the collection. */
public final class MongoSlices {

    private MongoSlices() {}

    /**
     * The page's rows of {@code query} in {@code sort} order, with the id as the last key so rows with equal
     * keys never move between pages. One row more than the page tells whether another page follows.
     */
    public static <T> Slice<T> find(MongoTemplate mongo, Query query, Pageable pageable, Sort sort, Class<T> type) {
        query.with(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort))
                .limit(pageable.getPageSize() + 1);
        List<T> rows = mongo.find(query, type);
        boolean more = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }
}
