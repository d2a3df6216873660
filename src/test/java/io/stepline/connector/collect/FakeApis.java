package io.stepline.connector.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.config.Connections;
import io.stepline.config.secret.Secrets;
import io.stepline.connector.BoundTask;
import io.stepline.connector.ConfiguredContext;
import io.stepline.connector.TaskControl;
import io.stepline.connector.TaskRequest;
import io.stepline.connector.TaskResource;
import io.stepline.connector.collect.fake.AdsApi;
import io.stepline.connector.collect.fake.CrmApi;
import io.stepline.connector.collect.fake.CurrencyApi;
import io.stepline.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The example APIs' fakes on loopback, started once per test JVM, and a way to bind
 * {@code stepline:collect:...} against the shipped manifests pointed at them.
 */
final class FakeApis {
    static final CrmApi CRM = start(() -> new CrmApi(0, 250));
    static final AdsApi ADS = start(() -> new AdsApi(0, 120));
    static final CurrencyApi CURRENCY = start(() -> new CurrencyApi(0, 230));

    static final TaskControl CONTROL = io.stepline.connector.jdbc.Tasks.CONTROL;

    private FakeApis() {
    }

    interface Starter {
        io.stepline.connector.collect.fake.FakeApi start() throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T start(Starter starter) {
        try {
            return (T) starter.start();
        } catch (Exception e) {
            throw new IllegalStateException("a fake API could not start", e);
        }
    }

    /** Configuration pointing the shipped manifests at the fakes, with fresh state and output folders. */
    static ObjectNode config() throws Exception {
        Path scratch = Files.createTempDirectory("stepline-collect");
        ObjectNode config = Json.NODES.objectNode();
        ObjectNode collect = config.putObject("collect").put("directory", Path.of("connectors").toAbsolutePath().toString())
                .put("stateDirectory", scratch.resolve("state").toString()).put("outputDirectory", scratch.resolve("out").toString());
        ObjectNode connectors = collect.putObject("connectors");
        connectors.putObject("crm").put("baseUrl", CRM.baseUrl() + "/api/v1");
        connectors.putObject("ads").put("baseUrl", ADS.baseUrl());
        connectors.putObject("currency").put("baseUrl", CURRENCY.baseUrl());
        ObjectNode connections = config.putObject("connections");
        connections.putObject("crm-api").put("type", "http").put("apiKey", CrmApi.API_KEY);
        connections.putObject("ads-api").put("type", "http").put("clientSecret", AdsApi.CLIENT_SECRET);
        return config;
    }

    static BoundTask bind(String resource, JsonNode config) throws Exception {
        ConfiguredContext context = new ConfiguredContext(config, Connections.of(config, Secrets.standard()),
                Path.of("").toAbsolutePath());
        return new CollectConnector().bind(TaskResource.parse(resource), context);
    }

    static JsonNode run(BoundTask task, String input, String key) throws Exception {
        return task.invoke(new TaskRequest(Json.parse(input), key, CONTROL));
    }

    static long lines(JsonNode result) throws Exception {
        try (var lines = Files.lines(Path.of(result.path("dataset").path("uri").asText()))) {
            return lines.count();
        }
    }
}
