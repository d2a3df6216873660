package io.stepline.config.secret;

import java.util.function.UnaryOperator;

/** {@code ${env:NAME}}: the environment variable NAME of the engine's process. */
final class EnvironmentSecrets implements SecretResolver {
    private final UnaryOperator<String> environment;

    EnvironmentSecrets(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public String scheme() {
        return "env";
    }

    @Override
    public String resolve(String key) throws SecretException {
        String value = environment.apply(key);
        if (value == null) {
            throw new SecretException("environment variable " + key + " is not set");
        }
        return value;
    }
}
