package io.stepline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.model.SfnException;

/** Loopback by default; anywhere else only with a token, which every API call must then carry. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServerSecurityTest {
    private static final String TOKEN = "s3cr3t-server-token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void refusesToListenBeyondLoopbackWithoutAToken(@TempDir Path directory) {
        assertThat(new ServerSettings(null, 0, null, directory).bind()).isEqualTo("127.0.0.1");
        try (Stepline engine = Stepline.start(Json.NODES.objectNode())) {
            assertThatThrownBy(() -> StepFunctionsServer.start(engine, new ServerSettings("0.0.0.0", 0, null, directory)))
                    .isInstanceOf(ServerException.class)
                    .hasMessageContaining("refusing to listen on 0.0.0.0 without an access token")
                    .hasMessageContaining("STEPLINE__SERVER__TOKEN");
        }
    }

    @Test
    void withATokenEveryApiCallMustCarryIt(@TempDir Path directory) throws Exception {
        Files.createDirectories(directory.resolve("pipelines/hello"));
        Files.writeString(directory.resolve("pipelines/hello/hello.asl.json"), ServerFixture.HELLO);
        try (Stepline engine = Stepline.start(Json.NODES.objectNode())) {
            engine.durable(JdbcExecutionStore.open(StoreSettings.embedded(directory.resolve("store/stepline"))));
            try (StepFunctionsServer server = StepFunctionsServer.start(engine,
                    new ServerSettings("0.0.0.0", 0, TOKEN, directory.resolve("pipelines")))) {
                String base = server.url();
                assertThat(send(base, "/health", null).statusCode()).isEqualTo(200);
                assertThat(send(base, "/api/pipelines", null).statusCode()).isEqualTo(401);
                assertThat(send(base, "/api/pipelines", "Bearer wrong").statusCode()).isEqualTo(401);
                var allowed = send(base, "/api/pipelines", "Bearer " + TOKEN);
                assertThat(allowed.statusCode()).isEqualTo(200);
                assertThat(allowed.body()).contains("\"name\":\"hello\"");

                var anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/"))
                        .header("X-Amz-Target", "AWSStepFunctions.ListStateMachines")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(anonymous.statusCode()).isEqualTo(401);
                assertThat(anonymous.body()).doesNotContain(TOKEN);

                // AWS clients present the token as their access key id.
                try (var sfn = SfnClients.of(base, TOKEN)) {
                    assertThat(sfn.listStateMachines(r -> { }).stateMachines()).extracting(m -> m.name()).contains("hello");
                }
                try (var sfn = SfnClients.of(base, "someone-else")) {
                    assertThatThrownBy(() -> sfn.listStateMachines(r -> { })).isInstanceOf(SfnException.class)
                            .satisfies(e -> assertThat(((SfnException) e).statusCode()).isEqualTo(401));
                }
            }
        }
    }

    private static HttpResponse<String> send(String base, String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
