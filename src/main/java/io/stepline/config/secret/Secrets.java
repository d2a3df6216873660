package io.stepline.config.secret;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves secret references written into configuration values: {@code ${env:NAME}},
 * {@code ${file:PATH}}, and any scheme a {@link SecretResolver} on the classpath adds. A value may
 * be a reference alone or contain several ({@code jdbc:...?password=${env:PW}}). Resolution happens
 * when a connection is used, never when the configuration is loaded, and every value resolved is
 * registered with the {@link Redactor}.
 */
public final class Secrets {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([a-z][a-z0-9-]*):([^}]+)}");
    private final Map<String, SecretResolver> resolvers;

    private Secrets(Map<String, SecretResolver> resolvers) {
        this.resolvers = new java.util.TreeMap<>(resolvers);
    }

    /** {@code env} from the process environment, {@code file}, and the resolvers on the classpath. */
    public static Secrets standard() {
        return withEnvironment(System::getenv);
    }

    /** As {@link #standard()} with another environment (tests). */
    public static Secrets withEnvironment(UnaryOperator<String> environment) {
        Map<String, SecretResolver> resolvers = new LinkedHashMap<>();
        add(resolvers, new EnvironmentSecrets(environment));
        add(resolvers, new FileSecrets());
        ServiceLoader.load(SecretResolver.class).forEach(resolver -> add(resolvers, resolver));
        return new Secrets(resolvers);
    }

    private static void add(Map<String, SecretResolver> resolvers, SecretResolver resolver) {
        resolvers.put(resolver.scheme(), resolver);
    }

    /** True when {@code value} contains a secret reference. */
    public static boolean isReference(String value) {
        return value != null && REFERENCE.matcher(value).find();
    }

    /**
     * {@code value} with its references replaced by their secrets.
     *
     * @param where what the value configures (e.g. {@code connections.warehouse.password}), for messages
     */
    public String resolve(String value, String where) throws SecretException {
        if (value == null || !value.contains("${")) {
            return value;
        }
        Matcher matcher = REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String scheme = matcher.group(1);
            SecretResolver resolver = resolvers.get(scheme);
            if (resolver == null) {
                throw new SecretException(where + ": unknown secret scheme '" + scheme + "' (known: "
                        + String.join(", ", resolvers.keySet()) + ")");
            }
            String secret;
            try {
                secret = resolver.resolve(matcher.group(2));
            } catch (SecretException e) {
                throw new SecretException(where + ": " + e.getMessage());
            }
            Redactor.register(secret);
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(secret));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }
}
