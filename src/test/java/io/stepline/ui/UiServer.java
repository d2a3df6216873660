package io.stepline.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.server.ServerSettings;
import io.stepline.server.StepFunctionsServer;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real server for the browser tests, one per test JVM: an engine over an H2 store in a temp
 * directory, the pipelines under src/test/resources/ui-test/pipelines copied to a temp pipelines
 * directory, on a free loopback port, serving the UI the build put in target/classes/ui.
 */
final class UiServer {
    static final List<String> PIPELINES = List.of("orders/orders.asl.json", "orders/pipeline.yaml",
            "broken/broken.asl.json");
    private static StepFunctionsServer server;

    private UiServer() {
    }

    static synchronized String url() {
        if (server == null) {
            try {
                Path root = Files.createTempDirectory("stepline-ui");
                Path pipelines = root.resolve("pipelines");
                for (String file : PIPELINES) {
                    try (InputStream in = UiServer.class.getResourceAsStream("/ui-test/pipelines/" + file)) {
                        write(pipelines.resolve(file), in.readAllBytes());
                    }
                }
                server = start(root, pipelines);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server.url();
    }

    /** A server over {@code pipelines}, its store under {@code root}, with the test pipelines' functions. */
    static StepFunctionsServer start(Path root, Path pipelines) {
        if (UiServer.class.getResource("/ui/index.html") == null) {
            throw new IllegalStateException("the web UI is not built (no ui/index.html on the classpath):"
                    + " build it with `mvn generate-resources` (without -Dui.skip)");
        }
        // Bound in the configuration, as a user would: the server's validator then knows them too.
        ObjectNode config = Json.NODES.objectNode();
        ObjectNode functions = config.putObject("functions");
        functions.putObject("fetchOrders").put("class", OrderFunctions.FetchOrders.class.getName());
        functions.putObject("loadWarehouse").put("class", OrderFunctions.LoadWarehouse.class.getName());
        Stepline engine = Stepline.start(config);
        engine.durable(JdbcExecutionStore.open(StoreSettings.embedded(root.resolve("store/stepline"))));
        return StepFunctionsServer.start(engine, new ServerSettings("127.0.0.1", 0, null, pipelines));
    }

    static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }
}
