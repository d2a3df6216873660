package io.stepline.server;

import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The access token check in front of every API call when a token is configured: the request
 * must carry {@code Authorization: Bearer TOKEN}, or be signed by an AWS client (SigV4) whose
 * access key id is the token, so that the AWS CLI and SDKs reach a token-guarded server with
 * {@code AWS_ACCESS_KEY_ID=TOKEN}. Anything else gets 401.
 */
final class AccessToken {
    private final byte[] token;

    AccessToken(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    void check(RoutingContext context) {
        String presented = presented(context.request().getHeader("Authorization"));
        if (presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
            context.next();
            return;
        }
        boolean aws = context.request().getHeader("X-Amz-Target") != null;
        String message = "missing or wrong access token: send Authorization: Bearer TOKEN";
        if (aws) {
            context.response().setStatusCode(401).putHeader("Content-Type", StepFunctionsApi.CONTENT_TYPE)
                    .end(AwsJson.object().put("__type", "UnrecognizedClientException").put("message", message).toString());
        } else {
            Http.error(context, 401, message);
        }
    }

    /** The token a request presents, or null. */
    static String presented(String authorization) {
        if (authorization == null) {
            return null;
        }
        if (authorization.startsWith("Bearer ")) {
            return authorization.substring("Bearer ".length()).trim();
        }
        int credential = authorization.indexOf("Credential=");
        if (authorization.startsWith("AWS4-HMAC-SHA256") && credential >= 0) {
            int start = credential + "Credential=".length();
            int slash = authorization.indexOf('/', start);
            return slash < 0 ? null : authorization.substring(start, slash);
        }
        return null;
    }
}
