package io.stepline.connector.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Manifests are checked against their JSON Schema, every problem reported at file:line:col. */
class ManifestReaderTest {

    @Test
    void theShippedManifestsAreValid() throws Exception {
        for (String name : new String[] {"crm", "ads", "currency"}) {
            Manifest manifest = ManifestReader.read(Path.of("connectors", name + ".yaml"));
            assertThat(manifest.name()).isEqualTo(name);
            assertThat(manifest.streams()).isNotEmpty();
        }
        assertThat(ManifestReader.read(Path.of("connectors/ads.yaml")).auth()).isInstanceOf(Auth.OAuth2.class);
        assertThat(ManifestReader.read(Path.of("connectors/crm.yaml")).streams().get("contacts").pagination())
                .isInstanceOf(Pagination.OffsetLimit.class);
    }

    @Test
    void everyProblemIsReportedWithItsLineAndColumn() {
        String text = """
                connector: shop
                baseUrl: ftp://example.com
                auth:
                  type: apiKey
                  name: X-Key
                  value: plain-text-secret
                streams:
                  orders:
                    records: $.orders
                    pagination:
                      type: cursor
                      cursorParam: after
                    colour: blue
                """;
        assertThatThrownBy(() -> ManifestReader.read(Path.of("connectors/shop.yaml"), text))
                .isInstanceOfSatisfying(InvalidManifestException.class, e -> {
                    assertThat(e.problems()).extracting(ManifestProblem::toString).anySatisfy(p ->
                            assertThat(p).startsWith("connectors/shop.yaml:2:10: baseUrl:"));
                    assertThat(e.problems()).extracting(ManifestProblem::toString).anySatisfy(p ->
                            assertThat(p).startsWith("connectors/shop.yaml:6:10: auth.value:"));
                    assertThat(e.getMessage()).contains("streams.orders", "path", "colour", "cursorPath");
                    assertThat(e.problems().size()).isGreaterThanOrEqualTo(5);
                });
    }

    @Test
    void aSyntaxErrorAndAWrongNameAndABadExpressionAreProblemsToo() {
        assertThatThrownBy(() -> ManifestReader.read(Path.of("c/x.yaml"), "connector: x\nbaseUrl: [http://a\n"))
                .hasMessageStartingWith("c/x.yaml:");
        assertThatThrownBy(() -> ManifestReader.read(Path.of("c/x.yaml"),
                "connector: y\nbaseUrl: http://a\nstreams:\n  s:\n    path: /s\n    records: $.a\n"))
                .hasMessageContaining("c/x.yaml:1:12: connector: 'y' must be the file's name, 'x'");
        assertThatThrownBy(() -> ManifestReader.read(Path.of("c/x.yaml"),
                "connector: x\nbaseUrl: http://a\nstreams:\n  s:\n    path: /s\n    records: $.a[?(@.b ==\n"))
                .hasMessageContaining("c/x.yaml:6:14: streams.s.records: JSONPath");
    }
}
