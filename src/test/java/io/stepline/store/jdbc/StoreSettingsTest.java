package io.stepline.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreSettingsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, String> ENVIRONMENT = Map.of("STORE_PASSWORD", "s3cr3t-from-env",
            "STORE_USER", "stepline");

    @Test
    void noStoreSectionMeansTheEmbeddedDatabaseUnderData() {
        StoreSettings settings = StoreSettings.fromConfig(null);

        assertThat(settings.url()).startsWith("jdbc:h2:async:./data/stepline;").contains("WRITE_DELAY=0");
        assertThat(settings.poolSize()).isEqualTo(StoreSettings.DEFAULT_POOL_SIZE);
        assertThat(settings.payloadThresholdBytes()).isEqualTo(262_144);
        assertThat(StoreSettings.fromConfig(yaml("{}"))).isEqualTo(settings);
    }

    @Test
    void aPostgresSectionIsReadWithCredentialsFromTheEnvironment() {
        StoreSettings settings = read("""
                url: jdbc:postgresql://db.internal:5432/stepline
                user: ${env:STORE_USER}
                password: ${env:STORE_PASSWORD}
                poolSize: 20
                payloadThresholdBytes: 65536
                connectTimeoutSeconds: 3
                """);

        assertThat(settings).isEqualTo(new StoreSettings("jdbc:postgresql://db.internal:5432/stepline", "stepline",
                "s3cr3t-from-env", 20, 65_536, Duration.ofSeconds(3)));
        assertThat(settings.toString()).doesNotContain("s3cr3t-from-env").contains("password=***");
    }

    @Test
    void referencesInsideAValueAreResolvedToo() {
        StoreSettings settings = read("""
                url: jdbc:postgresql://db/stepline
                password: prefix-${env:STORE_PASSWORD}
                """);

        assertThat(settings.password()).isEqualTo("prefix-s3cr3t-from-env");
    }

    @Test
    void aMissingEnvironmentVariableIsNamed() {
        assertThatThrownBy(() -> read("password: ${env:NOT_SET_ANYWHERE}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("store.password: environment variable NOT_SET_ANYWHERE is not set");
    }

    @Test
    void mistakesAreNamedWithoutEchoingSecrets() {
        assertThatThrownBy(() -> read("passwrd: hunter2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("store.passwrd: unknown key")
                .message().doesNotContain("hunter2");
        assertThatThrownBy(() -> read("poolSize: many"))
                .hasMessageStartingWith("store.poolSize: must be a positive whole number");
        assertThatThrownBy(() -> read("poolSize: 0"))
                .hasMessageStartingWith("store.poolSize: must be a positive whole number");
        assertThatThrownBy(() -> read("password: [a, b]")).hasMessage("store.password: must be a string");
    }

    @Test
    void relativeEmbeddedPathsAreMadeExplicitForH2() {
        assertThat(StoreSettings.embedded(java.nio.file.Path.of("data", "x")).url()).startsWith("jdbc:h2:async:./data/x;");
        assertThat(StoreSettings.embedded(java.nio.file.Path.of("/var/lib/stepline/db")).url())
                .startsWith("jdbc:h2:async:/var/lib/stepline/db;");
    }

    @Test
    void aConfiguredEmbeddedFileIsOpenedThroughTheInterruptSafeFileSystem() {
        assertThat(read("url: jdbc:h2:file:/var/lib/stepline/db").url())
                .startsWith("jdbc:h2:async:/var/lib/stepline/db;").contains("WRITE_DELAY=0");
    }

    @Test
    void urlsAreRedactedOfPasswords() {
        assertThat(Redaction.url("jdbc:postgresql://db/s?user=a&password=secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/s?user=a&password=***&ssl=true");
        assertThat(Redaction.url("jdbc:h2:file:./x;USER=sa;PASSWORD=secret;WRITE_DELAY=0"))
                .isEqualTo("jdbc:h2:file:./x;USER=sa;PASSWORD=***;WRITE_DELAY=0");
        assertThat(Redaction.url("jdbc:postgresql://admin:secret@db/s")).isEqualTo("jdbc:postgresql://admin:***@db/s");
        assertThat(Redaction.scrub("login failed for secret", "secret")).isEqualTo("login failed for ***");
    }

    private static StoreSettings read(String yaml) {
        return StoreSettings.fromConfig(yaml(yaml), ENVIRONMENT::get);
    }

    private static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
