package io.stepline.connector.collect;

/**
 * How the next page is found. Every style stops at an empty page (an error when the API said
 * more would come, unless {@code allowEmptyPages}), at {@code hasMore} false, or at the limit's
 * {@code maxPages}.
 */
public sealed interface Pagination {

    /** A JSONPath to a boolean saying whether more pages follow, or null. */
    default String hasMore() {
        return null;
    }

    boolean allowEmptyPages();

    record None() implements Pagination {
        @Override
        public boolean allowEmptyPages() {
            return true;
        }
    }

    /** {@code ?page=N&per_page=SIZE}; a page shorter than SIZE is the last. */
    record PageNumber(String pageParam, String sizeParam, int size, int start, String hasMore, boolean allowEmptyPages)
            implements Pagination {
    }

    /** {@code ?offset=N&limit=L}; stops at {@code total} when given, or at a short page. */
    record OffsetLimit(String offsetParam, String limitParam, int limit, String total, String hasMore,
            boolean allowEmptyPages) implements Pagination {
    }

    /** A cursor from the body ({@code cursorPath}) sent back as {@code cursorParam}; none means the end. */
    record BodyCursor(String cursorPath, String cursorParam, String hasMore, boolean allowEmptyPages)
            implements Pagination {
    }

    /** The next page's URL in the body; none means the end. */
    record NextUrl(String nextUrlPath, boolean allowEmptyPages) implements Pagination {
    }

    /** The next page's URL in an RFC 8288 {@code Link} header ({@code rel="next"} by default). */
    record LinkHeader(String rel, boolean allowEmptyPages) implements Pagination {
    }
}
