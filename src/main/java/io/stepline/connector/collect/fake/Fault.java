package io.stepline.connector.collect.fake;

/** Misbehaviour a fake API can be told to show on a given page, as real APIs do now and then. */
public enum Fault {
    /** 429 with {@code Retry-After: 1}. */
    TOO_MANY_REQUESTS,
    /** 429 with {@code Retry-After: 60}: a minute's wait, instant on a virtual clock. */
    SLOW_DOWN_FOR_A_MINUTE,
    /** 503. */
    SERVER_ERROR,
    /** a body that is not JSON. */
    MALFORMED,
    /** a JSON body cut short (the connection closes after half of it). */
    TRUNCATED,
    /** a page with no records that still points to a next page. */
    EMPTY,
    /** records under another field than before (the API changed its schema). */
    CHANGED_SCHEMA,
    /** no answer for a long time. */
    HANG
}
