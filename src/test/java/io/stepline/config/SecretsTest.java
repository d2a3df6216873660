package io.stepline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepline.config.secret.Redactor;
import io.stepline.config.secret.SecretException;
import io.stepline.config.secret.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {
    private final Secrets secrets = Secrets.withEnvironment(Map.of("DB_PASSWORD", "pw-from-env-7c1e")::get);

    @Test
    void resolvesEnvironmentAndFileReferencesInsideAValue(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, "tok-from-file-93ab\n");

        String url = secrets.resolve("jdbc:postgresql://db/x?password=${env:DB_PASSWORD}&token=${file:" + file + "}",
                "connections.db.url");

        assertThat(url).isEqualTo("jdbc:postgresql://db/x?password=pw-from-env-7c1e&token=tok-from-file-93ab");
    }

    @Test
    void plainValuesAreLeftAlone() throws Exception {
        assertThat(secrets.resolve("jdbc:h2:mem:x", "connections.db.url")).isEqualTo("jdbc:h2:mem:x");
        assertThat(Secrets.isReference("${env:A}")).isTrue();
        assertThat(Secrets.isReference("$env:A")).isFalse();
    }

    @Test
    void everyResolvedSecretIsMaskedFromThenOn() throws Exception {
        String secret = secrets.resolve("${env:DB_PASSWORD}", "connections.db.password");

        assertThat(Redactor.redact("FATAL: password pw-from-env-7c1e was rejected"))
                .isEqualTo("FATAL: password **** was rejected")
                .doesNotContain(secret);
    }

    @Test
    void aSecretIsMaskedInTheFormsItTravelsIn() {
        Redactor.register("tok+9/ Q=&x\"y");

        assertThat(Redactor.redact("plain tok+9/ Q=&x\"y, form tok%2B9%2F+Q%3D%26x%22y, Camel tok+9/%20Q=&x\"y, "
                + "lower-case tok%2b9%2f%20Q%3d%26x%22y, JSON tok+9\\/ Q=&x\\\"y"))
                .isEqualTo("plain ****, form ****, Camel ****, lower-case ****, JSON ****");
        assertThat(Redactor.redact("tok+9 and Q=&x are other words")).isEqualTo("tok+9 and Q=&x are other words");
    }

    @Test
    void unresolvableReferencesSayWhereAndNeverGuess(@TempDir Path dir) {
        assertThatThrownBy(() -> secrets.resolve("${env:MISSING_VAR}", "connections.db.password"))
                .isInstanceOf(SecretException.class)
                .hasMessage("connections.db.password: environment variable MISSING_VAR is not set");
        assertThatThrownBy(() -> secrets.resolve("${vault:kv/db}", "connections.db.password"))
                .hasMessage("connections.db.password: unknown secret scheme 'vault' (known: env, file)");
        assertThatThrownBy(() -> secrets.resolve("${file:" + dir.resolve("absent") + "}", "connections.db.password"))
                .hasMessageStartingWith("connections.db.password: cannot read secret file ");
    }
}
