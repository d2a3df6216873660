package io.stepline.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.cli.Main;
import io.stepline.connector.camel.LoopbackHttp;
import io.stepline.engine.DurableExecutions;
import io.stepline.engine.Pipeline;
import io.stepline.engine.RunOptions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.ExecutionResult;
import io.stepline.runtime.history.HistoryJson;
import io.stepline.store.ExecutionRecord;
import io.stepline.store.jdbc.StoreSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secret used by real pipelines that fail in the ways that tend to leak (an HTTP endpoint that
 * answers 401 echoing the signed request, one that answers 200 echoing it, one that cannot be
 * reached, a store opened with a wrong password) appears nowhere a person or a tool can read it:
 * history events, execution output, error and cause, the store's tables, the logs (every logger
 * at ALL, through the shipped layout) and the command line's output. Each test also proves the
 * secret was really used. There is no UI yet; when there is, its API responses belong here too.
 *
 * <p>The secret has characters that URLs encode ({@code + / = & space}), so its encoded forms
 * travel too; the scan looks for its two random halves, which every encoding leaves intact.
 */
class SecretLeakTest {
    private static final String CORE = "lk" + random();
    private static final String TAIL = random();
    private static final String SECRET = CORE + "+/ =&" + TAIL;
    private static final String WRONG_PASSWORD = "wrong" + random() + "+/=";

    @TempDir
    static Path directory;
    private static LoopbackHttp http;
    private static Path definition;
    private static Path config;
    private static LogCapture logs;

    @BeforeAll
    static void start() throws Exception {
        http = new LoopbackHttp()
                .on("/denied", request -> LoopbackHttp.Answer.json(401, "{\"message\": \"bad signature in "
                        + request.uri() + " (" + sig(request) + ")\"}"))
                .on("/echo", request -> LoopbackHttp.Answer.json(200, Json.write(Json.NODES.objectNode()
                        .put("uri", request.uri()).put("sig", sig(request)))));
        Path secretFile = directory.resolve("api-signature");
        Files.writeString(secretFile, SECRET + "\n");
        String reference = "${file:" + secretFile + "}";
        definition = directory.resolve("leaky.asl.json");
        Files.writeString(definition, """
                {"StartAt": "Unreachable", "States": {
                  "Unreachable": {"Type": "Task", "Resource": "stepline:camel:http://127.0.0.1:%d/x?sig=%s",
                    "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.unreachable", "Next": "Echo"}],
                    "Next": "Echo"},
                  "Echo": {"Type": "Task", "Resource": "stepline:camel:%s/echo?httpMethod=POST&sig=%s",
                    "Parameters": {"Body.$": "$", "ResultHeaders": true}, "ResultPath": "$.echo", "Next": "Denied"},
                  "Denied": {"Type": "Task", "Resource": "stepline:camel:%s/denied?httpMethod=POST&sig=%s",
                    "End": true}}}
                """.formatted(closedPort(), reference, http.base(), reference, http.base(), reference));
        config = directory.resolve("stepline.yaml");
        writeConfig(config, secretFile);
        logs = new LogCapture();
    }

    @AfterAll
    static void stop() {
        logs.close();
        http.close();
    }

    @Test
    void anExpressRunKeepsItOutOfHistoryOutputAndLogs() throws Exception {
        List<String> seen = new ArrayList<>();
        try (Stepline engine = Stepline.start(ConfigLoader.load(config))) {
            Pipeline pipeline = engine.load(definition, Map.of());
            ExecutionResult result = pipeline.run(Json.parse("{\"order\": 7}"), new RunOptions(null, false, true));

            assertThat(result.error()).as(result.cause()).isEqualTo("Http.401");
            seen.add(HistoryJson.events(result.history()).toString());
            seen.add(result.error() + " " + result.cause() + " " + result.output());
        }
        assertUsedButNotLeaked(seen);
    }

    @Test
    void aStandardRunKeepsItOutOfTheStore() throws Exception {
        List<String> seen = new ArrayList<>();
        StoreSettings store = StoreSettings.fromConfig(ConfigLoader.load(config).path("store"));
        try (Stepline engine = Stepline.start(ConfigLoader.load(config))) {
            DurableExecutions durable = engine.durable();
            var start = durable.start("leaky", Files.readString(definition), "standard-1",
                    Json.parse("{\"order\": 8}"), true);
            ExecutionResult result = start.execution().result().get(60, TimeUnit.SECONDS);
            ExecutionRecord record = durable.describe(start.record().executionArn()).orElseThrow();

            assertThat(record.error()).as(record.cause()).isEqualTo("Http.401");
            seen.add(record.toString());
            seen.add(HistoryJson.events(result.history()).toString());
            seen.add(durable.history(record.executionArn()).toString());
        }
        seen.add(DatabaseText.dump(store.url(), store.user(), SECRET)); // the store's password is the secret too
        try (var files = Files.list(directory.resolve("store"))) { // H2's own trace file, if it wrote one
            for (Path file : files.filter(f -> f.toString().endsWith(".trace.db")).toList()) {
                seen.add(Files.readString(file));
            }
        }
        assertUsedButNotLeaked(seen);
    }

    @Test
    void theCommandLineKeepsItOutOfWhatItPrints() throws Exception {
        List<String> seen = new ArrayList<>();
        seen.add(cli("run", definition.toString(), "--config", config.toString(), "--history"));
        String standard = cli("run", definition.toString(), "--config", config.toString(), "--type", "STANDARD",
                "--history");
        seen.add(standard);
        String summary = standard.lines().filter(line -> line.startsWith("{\"status\"")).findFirst().orElseThrow();
        String arn = Json.parse(summary).get("executionArn").asText();
        seen.add(cli("executions", "history", arn, "--config", config.toString()));
        seen.add(cli("executions", "history", arn, "--format", "json", "--config", config.toString()));
        seen.add(cli("executions", "describe", arn, "--config", config.toString()));

        assertThat(String.join("\n", seen)).contains("Http.401", "ExecutionFailed");
        assertUsedButNotLeaked(seen);
    }

    @Test
    void aStoreOpenedWithAWrongPasswordSaysSoWithoutIt() throws Exception {
        Path wrong = directory.resolve("wrong-password");
        Files.writeString(wrong, WRONG_PASSWORD);
        Path wrongConfig = directory.resolve("wrong.yaml");
        writeConfig(wrongConfig, wrong);
        try (Stepline engine = Stepline.start(ConfigLoader.load(config))) {
            engine.durable(); // the store exists, with the right password
        }

        String printed = cli("run", definition.toString(), "--config", wrongConfig.toString(), "--type", "STANDARD");

        assertThat(printed).contains("exit 1").containsIgnoringCase("password");
        assertThat(printed + logs.text()).doesNotContain(WRONG_PASSWORD).doesNotContain(
                URLEncoder.encode(WRONG_PASSWORD, StandardCharsets.UTF_8));
    }

    /** The secret reached the HTTP server, and none of what was seen, nor the log, holds any part of it. */
    private static void assertUsedButNotLeaked(List<String> seen) {
        assertThat(http.requests()).as("requests the endpoint received")
                .anySatisfy(request -> assertThat(sig(request)).isEqualTo(SECRET));
        assertThat(logs.pattern()).contains("%redactedMessage");
        List<String> everything = new ArrayList<>(seen);
        everything.add(logs.text());
        List<String> leaks = everything.stream().flatMap(String::lines)
                .filter(line -> line.contains(CORE) || line.contains(TAIL)).toList();
        assertThat(leaks).as("lines holding the secret %s, or part of it", SECRET).isEmpty();
    }

    private static String sig(LoopbackHttp.Request request) {
        String query = URI.create(request.uri()).getRawQuery();
        return query == null ? "" : URLDecoder.decode(query.replaceFirst("^sig=", ""), StandardCharsets.UTF_8);
    }

    /** Runs the command line in-process; returns its exit code, stdout and stderr. */
    private static synchronized String cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
            System.setOut(capture);
            System.setErr(capture);
            int exit = Main.execute(args);
            return "exit " + exit + "\n" + printed.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static void writeConfig(Path file, Path password) throws Exception {
        Files.writeString(file, """
                store:
                  url: jdbc:h2:file:%s
                  user: sa
                  password: ${file:%s}
                """.formatted(directory.resolve("store").resolve("stepline"), password));
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String random() {
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
