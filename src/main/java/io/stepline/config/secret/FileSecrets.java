package io.stepline.config.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ${file:PATH}}: the content of a file, without its trailing line break. This is how
 * Kubernetes and Docker hand secrets to a process (a mounted file per secret).
 */
final class FileSecrets implements SecretResolver {

    @Override
    public String scheme() {
        return "file";
    }

    @Override
    public String resolve(String key) throws SecretException {
        Path file = Path.of(key);
        try {
            return Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
        } catch (IOException e) {
            throw new SecretException("cannot read secret file " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
