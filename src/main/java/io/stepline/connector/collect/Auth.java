package io.stepline.connector.collect;

/** How requests prove who sends them. Secret values are references, resolved when a task runs. */
public sealed interface Auth {

    record None() implements Auth {
    }

    /** A key sent as a header or a query parameter. */
    record ApiKey(boolean inQuery, String name, String value) implements Auth {
    }

    record Bearer(String token) implements Auth {
    }

    record Basic(String username, String password) implements Auth {
    }

    /** OAuth2 client credentials: a token fetched, cached until shortly before it expires, refreshed. */
    record OAuth2(String tokenUrl, String clientId, String clientSecret, String scope, long refreshBeforeSeconds)
            implements Auth {
    }
}
