package io.stepline.config.secret;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Predicate;
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

    /** One {@code ${SCHEME:KEY}} written in a value. */
    public record Reference(String scheme, String key) {
    }

    /** The references written in {@code value}, in order. */
    public static List<Reference> references(String value) {
        List<Reference> references = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(value == null ? "" : value);
        while (matcher.find()) {
            references.add(new Reference(matcher.group(1), matcher.group(2)));
        }
        return references;
    }

    /** True when a resolver answers {@code scheme} ({@code env}, {@code file}, a plugged-in one). */
    public boolean knows(String scheme) {
        return resolvers.containsKey(scheme);
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
        return resolve(value, where, UnaryOperator.identity());
    }

    /**
     * As {@link #resolve(String, String)}, each secret put in through {@code encoding} (e.g.
     * percent-encoded into a URI; the {@link Redactor} masks such forms too).
     */
    public String resolve(String value, String where, UnaryOperator<String> encoding) throws SecretException {
        return resolve(value, where, encoding, reference -> true);
    }

    /**
     * As {@link #resolve(String, String, UnaryOperator)}, resolving only the references
     * {@code which} accepts and leaving the others as written: a Camel URI keeps its own
     * {@code ${date:now:yyyyMMdd}} and {@code ${file:name}} expressions for Camel.
     */
    public String resolve(String value, String where, UnaryOperator<String> encoding, Predicate<Reference> which)
            throws SecretException {
        if (value == null || !value.contains("${")) {
            return value;
        }
        Matcher matcher = REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String scheme = matcher.group(1);
            if (!which.test(new Reference(scheme, matcher.group(2)))) {
                matcher.appendReplacement(resolved, Matcher.quoteReplacement(matcher.group()));
                continue;
            }
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
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(encoding.apply(secret)));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }
}
