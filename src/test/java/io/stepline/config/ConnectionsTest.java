package io.stepline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.stepline.config.secret.Secrets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final Secrets secrets = Secrets.withEnvironment(Map.of("WH_PASSWORD", "wh-secret-41d2")::get);

    private static ObjectNode yaml(String text) throws Exception {
        return (ObjectNode) YAML.readTree(text);
    }

    @Test
    void settingsAreResolvedWhenReadAndShownAsWritten() throws Exception {
        Connections connections = Connections.of(yaml("""
                connections:
                  warehouse:
                    type: jdbc
                    url: jdbc:postgresql://localhost/analytics
                    user: etl
                    password: ${env:WH_PASSWORD}
                    properties: {sslmode: disable}
                """), secrets);

        Connection warehouse = connections.find("warehouse");
        assertThat(warehouse.type()).isEqualTo("jdbc");
        assertThat(warehouse.setting("password")).isEqualTo("wh-secret-41d2");
        assertThat(warehouse.written("password")).isEqualTo("${env:WH_PASSWORD}");
        assertThat(warehouse.settings("properties")).containsEntry("sslmode", "disable");
        assertThat(warehouse.toString()).doesNotContain("wh-secret");
        assertThat(connections.find("nowhere")).isNull();
    }

    @Test
    void aConnectionWithoutAKnownTypeIsRejectedWithItsPlace() {
        assertThatThrownBy(() -> Connections.of(yaml("connections: {db: {url: x}}"), secrets))
                .isInstanceOf(ConfigException.class)
                .hasMessage("connections.db.type: must be one of [http, jdbc, s3, spark]");
        assertThatThrownBy(() -> Connections.of(yaml("connections: [a]"), secrets))
                .hasMessageStartingWith("connections: must be a mapping");
    }

    @Test
    void requiredSettingsNameTheirPlace() throws Exception {
        Connection db = Connections.of(yaml("connections: {db: {type: jdbc}}"), secrets).find("db");
        assertThatThrownBy(() -> db.required("url")).hasMessage("connections.db.url is required for a jdbc connection");
    }

    @Test
    void environmentOverridesReachNestedKeysWhateverTheirCase() throws Exception {
        ObjectNode config = yaml("""
                connections:
                  Warehouse: {type: jdbc, url: jdbc:h2:mem:a}
                """);

        ConfigOverrides.apply(config, Map.of(
                "STEPLINE__CONNECTIONS__WAREHOUSE__URL", "jdbc:h2:mem:b",
                "STEPLINE__CONNECTIONS__LAKE__TYPE", "s3",
                "PATH", "/usr/bin"));

        assertThat(config.at("/connections/Warehouse/url").asText()).isEqualTo("jdbc:h2:mem:b");
        assertThat(config.at("/connections/lake/type").asText()).isEqualTo("s3");
        assertThat(config.size()).isEqualTo(1);
    }

    @Test
    void anOverrideThroughAValueIsRefused() throws Exception {
        ObjectNode config = yaml("store: {url: x}");
        assertThatThrownBy(() -> ConfigOverrides.apply(config, Map.of("STEPLINE__STORE__URL__PART", "y")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("STEPLINE__STORE__URL__PART: url is a value in the configuration, not a section");
    }
}
