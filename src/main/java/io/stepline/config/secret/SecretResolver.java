package io.stepline.config.secret;

/**
 * One kind of secret reference, {@code ${SCHEME:KEY}}. The built-in schemes are {@code env} and
 * {@code file}; a vault backend is a class implementing this interface, listed in
 * {@code META-INF/services/io.stepline.config.secret.SecretResolver} on the classpath.
 */
public interface SecretResolver {

    /** The scheme this resolver answers, e.g. {@code env}. */
    String scheme();

    /**
     * The secret's value. Throws {@link SecretException} with a message that names the key but
     * never a value when the secret cannot be had.
     */
    String resolve(String key) throws SecretException;
}
