package io.stepline.connector.collect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link ApiClient} per connector in the process, so that its rate limits, concurrency cap and
 * OAuth2 token are shared by every execution and backfill that uses it. A manifest edited with
 * other limits or auth gets a new client.
 */
final class ApiClients {
    private static final Map<String, ApiClient> CLIENTS = new ConcurrentHashMap<>();

    private ApiClients() {
    }

    static ApiClient of(Manifest manifest) {
        return CLIENTS.compute(manifest.name(), (name, existing) -> existing != null && sameAccess(existing.manifest(), manifest)
                ? existing : new ApiClient(manifest));
    }

    private static boolean sameAccess(Manifest a, Manifest b) {
        return a.limits().equals(b.limits()) && a.retry().equals(b.retry()) && a.auth().equals(b.auth());
    }
}
