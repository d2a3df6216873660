package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.engine.DurableExecutions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.server.ServerSettings;
import io.stepline.server.StepFunctionsServer;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * {@code scripts/bench server}: StartExecution + DescribeExecution round trips per second over
 * loopback with the AWS SDK's SfnClient, against the same two calls on the engine in-process
 * (DurableExecutions.start + describe), one caller and several at once; the ratio is what the
 * HTTP API costs. Both sides run in this JVM against one embedded H2 store. Arguments:
 * {@code RESULT_JSON [--quick]}. The UI half of this benchmark (first load size, time to draw a
 * 200-state machine) is measured by the UI's own runner and merged into the same file under "ui".
 */
public final class ServerBench {
    private static final String MACHINE = """
            {"StartAt": "Greet", "States": {
              "Greet": {"Type": "Pass", "Result": "hello", "ResultPath": "$.greeting", "Next": "Done"},
              "Done": {"Type": "Succeed"}}}""";
    private static final String ARN = "arn:aws:states:local:000000000000:stateMachine:bench";

    interface RoundTrip {
        void run(String name) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path result = Path.of(args[0]);
        boolean quick = args.length > 1 && args[1].equals("--quick");
        double warmup = quick ? 1 : 5;
        double seconds = quick ? 2 : 10;
        int threads = 4;
        Path root = Files.createTempDirectory("stepline-server-bench");
        Files.createDirectories(root.resolve("pipelines/bench"));
        Files.writeString(root.resolve("pipelines/bench/bench.asl.json"), MACHINE);
        ObjectNode out = Json.NODES.objectNode();
        try (Stepline engine = Stepline.start(Json.NODES.objectNode())) {
            engine.durable(JdbcExecutionStore.open(StoreSettings.embedded(root.resolve("store/stepline"))));
            DurableExecutions durable = engine.durable();
            try (StepFunctionsServer server = StepFunctionsServer.start(engine,
                    new ServerSettings("127.0.0.1", 0, null, root.resolve("pipelines")));
                    SfnClient sfn = SfnClient.builder().endpointOverride(URI.create(server.url()))
                            .region(Region.US_EAST_1).credentialsProvider(StaticCredentialsProvider.create(
                                    AwsBasicCredentials.create("bench", "bench"))).build()) {
                JsonNode input = Json.parse("{\"who\": \"bench\"}");
                RoundTrip api = name -> {
                    String arn = sfn.startExecution(r -> r.stateMachineArn(ARN).name(name).input("{\"who\": \"bench\"}"))
                            .executionArn();
                    sfn.describeExecution(r -> r.executionArn(arn));
                };
                RoundTrip inProcess = name -> {
                    String arn = durable.start("bench", MACHINE, name, input).record().executionArn();
                    durable.describe(arn);
                };
                System.out.printf(Locale.ROOT, "%-34s %12s %12s %8s%n", "StartExecution + DescribeExecution",
                        "SDK/HTTP", "in-process", "ratio");
                for (int callers : new int[] {1, threads}) {
                    measure("warm-" + callers + "-api", api, callers, warmup);
                    measure("warm-" + callers + "-engine", inProcess, callers, warmup);
                    double viaApi = measure("api-" + callers, api, callers, seconds);
                    double direct = measure("engine-" + callers, inProcess, callers, seconds);
                    double ratio = direct / viaApi;
                    System.out.printf(Locale.ROOT, "%-34s %10.0f/s %10.0f/s %7.2fx%n", callers + " caller(s)", viaApi,
                            direct, ratio);
                    out.putObject("callers" + callers).put("sdkRoundTripsPerSecond", Math.round(viaApi))
                            .put("inProcessRoundTripsPerSecond", Math.round(direct))
                            .put("overheadRatio", Math.round(ratio * 100) / 100.0);
                }
            }
        }
        out.put("measuredSecondsPerSide", seconds).put("store", "embedded H2 (file)")
                .put("cores", Runtime.getRuntime().availableProcessors()).put("quick", quick);
        ObjectNode ui = out.putObject("ui");
        ui.putNull("firstLoadBytes");
        ui.putNull("drawMillis200States");
        ui.put("note", "measured by the UI's benchmark runner (ui/), merged here");
        Files.createDirectories(result.toAbsolutePath().getParent());
        Files.writeString(result, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n");
    }

    /** Round trips per second of {@code callers} threads each running {@code trip} for {@code seconds}. */
    private static double measure(String label, RoundTrip trip, int callers, double seconds) throws Exception {
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> workers = new ArrayList<>();
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < callers; t++) {
            int id = t;
            Thread worker = new Thread(() -> {
                long n = 0;
                try {
                    while (System.nanoTime() < deadline) {
                        trip.run(label + "-" + id + "-" + n++);
                        done.incrementAndGet();
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException(label + " failed", errors.get(0));
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }
}
