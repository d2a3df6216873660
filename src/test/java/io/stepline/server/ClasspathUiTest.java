package io.stepline.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The UI's files come from the classpath; unknown paths get index.html (client-side routes). */
class ClasspathUiTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private Vertx vertx;

    /** A server of the UI files under classpath folder {@code root}; returns its base URL. */
    private String serve(String root) throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.get("/ui/*").handler(new ClasspathUi(root)::serve);
        HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        return "http://127.0.0.1:" + server.actualPort();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    void servesFilesAndFallsBackToTheIndex() throws Exception {
        String base = serve("server-ui/");
        var index = get(base + "/ui/");
        assertThat(index.body()).contains("Stepline test UI");
        assertThat(index.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        var script = get(base + "/ui/assets/app.js");
        assertThat(script.body()).contains("console.log");
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        assertThat(script.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        var route = get(base + "/ui/pipelines/hello/runs/1");
        assertThat(route.statusCode()).isEqualTo(200);
        assertThat(route.body()).contains("Stepline test UI");
    }

    @Test
    void bundlesGoGzippedToClientsThatAcceptItAndAreCachedForAYear() throws Exception {
        String base = serve("server-ui/");
        var plain = http.send(HttpRequest.newBuilder(URI.create(base + "/ui/assets/index-3f2a9c1b.js")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        var zipped = http.send(HttpRequest.newBuilder(URI.create(base + "/ui/assets/index-3f2a9c1b.js"))
                .header("Accept-Encoding", "br, gzip;q=0.8").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(zipped.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "immutable");
        assertThat(zipped.body().length).isLessThan(plain.body().length);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        var refused = http.send(HttpRequest.newBuilder(URI.create(base + "/ui/assets/index-3f2a9c1b.js"))
                .header("Accept-Encoding", "gzip;q=0").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(get(base + "/ui/").headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void saysSoWhenTheUiIsNotBuiltIn() throws Exception {
        var response = get(serve("no-such-ui/") + "/ui/");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("not built");
    }
}
