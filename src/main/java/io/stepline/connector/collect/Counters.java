package io.stepline.connector.collect;

/** What one collection did, for its result: requests sent, retries, pages and records. */
final class Counters {
    private long requests;
    private long retries;
    long pages;
    long records;

    synchronized void requested() {
        requests++;
    }

    synchronized void retried() {
        retries++;
    }

    synchronized long requests() {
        return requests;
    }

    synchronized long retries() {
        return retries;
    }
}
