package io.stepline.connector.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The next page after a page, or none, for each pagination style. An empty page is the end,
 * except where the API said more would come: then it is an {@link HttpFailure} ({@code Collector.EmptyPage})
 * unless the manifest allows empty pages.
 */
final class Paginator {
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)");
    private final Pagination pagination;
    private final RecordSelector hasMore;
    private final RecordSelector pointer;

    Paginator(Pagination pagination) {
        this.pagination = pagination;
        this.hasMore = pagination.hasMore() == null ? null : RecordSelector.jsonPath(pagination.hasMore());
        String where = pagination instanceof Pagination.OffsetLimit p ? p.total()
                : pagination instanceof Pagination.BodyCursor p ? p.cursorPath()
                : pagination instanceof Pagination.NextUrl p ? p.nextUrlPath() : null;
        this.pointer = where == null ? null : RecordSelector.jsonPath(where);
    }

    PageRequest first() {
        Map<String, String> params = new LinkedHashMap<>();
        if (pagination instanceof Pagination.PageNumber p) {
            params.put(p.pageParam(), String.valueOf(p.start()));
            params.put(p.sizeParam(), String.valueOf(p.size()));
        } else if (pagination instanceof Pagination.OffsetLimit p) {
            params.put(p.offsetParam(), "0");
            params.put(p.limitParam(), String.valueOf(p.limit()));
        }
        return PageRequest.first(params);
    }

    /** The request after {@code current}, whose answer held {@code records} records; null at the end. */
    PageRequest next(PageRequest current, Response response, JsonNode body, int records) throws HttpFailure {
        Boolean more = pagination.hasMore() == null ? null : hasMore(body);
        PageRequest next = candidate(current, response, body, records);
        if (Boolean.FALSE.equals(more)) {
            return null;
        }
        if (records == 0 && !pagination.allowEmptyPages()) {
            if (Boolean.TRUE.equals(more) || (next != null && continuesWhenEmpty())) {
                throw HttpFailure.fatal(CollectErrors.EMPTY_PAGE, "an empty page from " + response.shownUrl()
                        + " where the API says more pages follow; set pagination.allowEmptyPages: true if this API does that");
            }
            return null;
        }
        return next;
    }

    /** Styles where the API hands out the next page itself: an empty page with a next one is suspicious. */
    private boolean continuesWhenEmpty() {
        return pagination instanceof Pagination.BodyCursor || pagination instanceof Pagination.NextUrl
                || pagination instanceof Pagination.LinkHeader || offsetWithTotal();
    }

    private boolean offsetWithTotal() {
        return pagination instanceof Pagination.OffsetLimit p && p.total() != null;
    }

    private PageRequest candidate(PageRequest current, Response response, JsonNode body, int records) {
        if (pagination instanceof Pagination.PageNumber p) {
            if (records < p.size() && p.hasMore() == null) {
                return null;
            }
            return withParam(current, p.pageParam(), Long.parseLong(current.params().get(p.pageParam())) + 1);
        }
        if (pagination instanceof Pagination.OffsetLimit p) {
            long offset = Long.parseLong(current.params().get(p.offsetParam())) + records;
            if (p.total() != null) {
                JsonNode total = pointer.select(body);
                return total.canConvertToLong() && offset < total.asLong() ? withParam(current, p.offsetParam(), offset) : null;
            }
            return records < p.limit() && p.hasMore() == null ? null : withParam(current, p.offsetParam(), offset);
        }
        if (pagination instanceof Pagination.BodyCursor p) {
            JsonNode cursor = pointer.select(body);
            if (cursor.isMissingNode() || cursor.isNull() || cursor.asText().isEmpty()) {
                return null;
            }
            Map<String, String> params = new LinkedHashMap<>(current.params());
            params.put(p.cursorParam(), cursor.asText());
            return new PageRequest(null, params);
        }
        if (pagination instanceof Pagination.NextUrl p) {
            JsonNode url = pointer.select(body);
            return url.isTextual() && !url.asText().isEmpty() ? new PageRequest(url.asText(), Map.of()) : null;
        }
        if (pagination instanceof Pagination.LinkHeader p) {
            String url = linkOf(response.headers().allValues("Link"), p.rel());
            return url == null ? null : new PageRequest(url, Map.of());
        }
        return null;
    }

    private Boolean hasMore(JsonNode body) {
        JsonNode flag = hasMore.select(body);
        return flag.isBoolean() ? flag.asBoolean() : null;
    }

    private static PageRequest withParam(PageRequest current, String name, long value) {
        Map<String, String> params = new LinkedHashMap<>(current.params());
        params.put(name, String.valueOf(value));
        return new PageRequest(null, params);
    }

    /** The target of the link with relation {@code rel} in RFC 8288 Link headers, or null. */
    static String linkOf(List<String> headers, String rel) {
        for (String header : headers) {
            Matcher matcher = LINK.matcher(header);
            while (matcher.find()) {
                for (String param : matcher.group(2).split(";")) {
                    String[] pair = param.strip().split("=", 2);
                    if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("rel")
                            && List.of(pair[1].strip().replace("\"", "").split("\\s+")).contains(rel)) {
                        return matcher.group(1);
                    }
                }
            }
        }
        return null;
    }
}
