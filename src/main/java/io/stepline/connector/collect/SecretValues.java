package io.stepline.connector.collect;

import io.stepline.config.Connection;
import io.stepline.config.secret.Redactor;
import io.stepline.config.secret.SecretException;
import io.stepline.config.secret.Secrets;
import io.stepline.connector.ConnectorContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the secret references a manifest holds, when a task runs: {@code ${env:NAME}},
 * {@code ${file:PATH}} and other resolvers' schemes, and {@code ${connection:NAME.KEY}} for a
 * setting of a connection in config/stepline.yaml (itself a literal or a reference). Every value
 * resolved is registered with the {@link Redactor}, so it is masked in URLs, errors and results.
 */
final class SecretValues {
    private static final Pattern CONNECTION = Pattern.compile("\\$\\{connection:([A-Za-z0-9_-]+)\\.([A-Za-z0-9_.-]+)}");
    private static final Secrets STANDARD = Secrets.standard();
    private final ConnectorContext context;

    SecretValues(ConnectorContext context) {
        this.context = context;
    }

    /** The first connection a {@code ${connection:...}} reference names that is not configured, or null (checked at bind). */
    String unknownConnection(String value) {
        Matcher matcher = CONNECTION.matcher(value == null ? "" : value);
        while (matcher.find()) {
            if (context.connection(matcher.group(1)) == null) {
                return matcher.group(1);
            }
        }
        return null;
    }

    /**
     * {@code value} with its references resolved.
     *
     * @param where the manifest field, for messages (e.g. {@code crm.auth.value})
     */
    String resolve(String value, String where) throws HttpFailure {
        if (value == null || !value.contains("${")) {
            return value;
        }
        try {
            Matcher matcher = CONNECTION.matcher(value);
            StringBuilder resolved = new StringBuilder();
            while (matcher.find()) {
                Connection connection = context.connection(matcher.group(1));
                if (connection == null) {
                    throw new SecretException(where + ": no connection '" + matcher.group(1) + "' in connections:");
                }
                String secret = connection.required(matcher.group(2));
                Redactor.register(secret);
                matcher.appendReplacement(resolved, Matcher.quoteReplacement(secret));
            }
            matcher.appendTail(resolved);
            String result = STANDARD.resolve(resolved.toString(), where);
            return result;
        } catch (SecretException e) {
            throw HttpFailure.fatal(CollectErrors.SECRET_UNAVAILABLE, e.getMessage());
        }
    }
}
