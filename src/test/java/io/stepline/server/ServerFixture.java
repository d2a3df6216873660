package io.stepline.server;

import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One server for the server tests of this JVM (started on first use, on a free loopback port):
 * an engine over an embedded H2 store in a temp directory, and a pipelines directory holding
 * a STANDARD pipeline, an EXPRESS one, one with a callback task, and a broken one.
 */
final class ServerFixture {
    static final String HELLO = """
            {"Comment": "Says hello", "StartAt": "Greet", "States": {
              "Greet": {"Type": "Pass", "Parameters": {"greeting.$": "States.Format('hello {}', $.who)"}, "Next": "Done"},
              "Done": {"Type": "Succeed"}}}""";
    static final String EXPRESS = """
            {"StartAt": "Double", "States": {
              "Double": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:double", "End": true}}}""";
    static final String APPROVAL = """
            {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
              "Parameters": {"FunctionName": "notify", "Payload": {"token.$": "$$.Task.Token"}},
              "ResultPath": "$.decision", "End": true}}}""";
    static final String BROKEN = """
            {"StartAt": "Missing", "States": {
              "First": {"Type": "Pass", "Next": "Nowhere"}}}""";

    static final String CHATTY = """
            {"StartAt": "Load", "States": {
              "Load": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:chatty", "Next": "Store"},
              "Store": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:chatty", "End": true}}}""";
    /** A secret the chatty function logs; the server must never show it. */
    static final String SECRET = "pa55-w0rd-planted-in-a-log";

    /** Its first task waits until the test opens the gate its input names. */
    static final String GATED = """
            {"StartAt": "Wait for the gate", "States": {
              "Wait for the gate": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:gate", "End": true}}}""";
    static final java.util.Map<String, java.util.concurrent.CountDownLatch> GATES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Gates a "gate" task has reached (and waits at). */
    static final java.util.Set<String> ENTERED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static java.util.concurrent.CountDownLatch gate(String name) {
        return GATES.computeIfAbsent(name, n -> new java.util.concurrent.CountDownLatch(1));
    }

    static final BlockingQueue<String> TOKENS = new LinkedBlockingQueue<>();
    private static StepFunctionsServer server;
    private static Path pipelines;

    private ServerFixture() {
    }

    static synchronized StepFunctionsServer server() {
        if (server == null) {
            try {
                Path root = Files.createTempDirectory("stepline-server");
                pipelines = root.resolve("pipelines");
                write(pipelines.resolve("hello/hello.asl.json"), HELLO);
                write(pipelines.resolve("hello/pipeline.yaml"), """
                        input: {who: world, lookbackDays: 30}
                        schedules:
                          - name: nightly
                            cron: "0 30 2 * * ?"
                            timezone: Europe/Amsterdam
                        """);
                write(pipelines.resolve("doubler/doubler.asl.json"), EXPRESS);
                write(pipelines.resolve("doubler/pipeline.yaml"), "type: EXPRESS\n");
                write(pipelines.resolve("approvals/approvals.asl.json"), APPROVAL);
                write(pipelines.resolve("broken/broken.asl.json"), BROKEN);
                write(pipelines.resolve("chatty/chatty.asl.json"), CHATTY);
                write(pipelines.resolve("gated/gated.asl.json"), GATED);
                write(pipelines.resolve("gatedexpress/gatedexpress.asl.json"), GATED);
                write(pipelines.resolve("gatedexpress/pipeline.yaml"), "type: EXPRESS\n");
                io.stepline.config.secret.Redactor.register(SECRET);
                Stepline engine = Stepline.start(Json.NODES.objectNode());
                engine.register("double", (payload, control) -> Json.NODES.numberNode(payload.asInt() * 2));
                engine.register("chatty", (payload, control) -> {
                    org.slf4j.LoggerFactory.getLogger("chatty").info("loaded {} rows with password {}", 3, SECRET);
                    return payload;
                });
                engine.register("gate", (payload, control) -> {
                    try {
                        ENTERED.add(payload.get("gate").asText());
                        gate(payload.get("gate").asText()).await(60, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return payload;
                });
                engine.register("reject", (payload, control) -> {
                    throw new io.stepline.connector.function.FunctionError("Rejected", "not today");
                });
                engine.register("notify", (payload, control) -> {
                    TOKENS.add(payload.get("token").asText());
                    return Json.NODES.objectNode().put("queued", true);
                });
                engine.durable(JdbcExecutionStore.open(StoreSettings.embedded(root.resolve("store/stepline"))));
                server = StepFunctionsServer.start(engine, new ServerSettings("127.0.0.1", 0, null, pipelines));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    static Path pipelines() {
        server();
        return pipelines;
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
