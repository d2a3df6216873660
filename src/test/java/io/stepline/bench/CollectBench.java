package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.config.Connections;
import io.stepline.config.secret.Secrets;
import io.stepline.connector.BoundTask;
import io.stepline.connector.ConfiguredContext;
import io.stepline.connector.TaskControl;
import io.stepline.connector.TaskRequest;
import io.stepline.connector.TaskResource;
import io.stepline.connector.collect.CollectConnector;
import io.stepline.connector.collect.fake.CurrencyApi;
import io.stepline.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * scripts/bench collect: pages per second of stepline:collect (Link-header pagination, JSON
 * parsed, records selected, mapped and written as JSON Lines) against a raw JDK HttpClient loop
 * that fetches the same pages from the same local server, follows the same Link headers and parses
 * the same JSON, in the same run; sequentially and 16 collections at once.
 */
public final class CollectBench {
    private static final int PAGES = 20_000;
    private static final int PER_PAGE = 10;
    private static final int CONCURRENCY = 16;
    private static final int ROUNDS = 3;
    private static final TaskControl CONTROL = new TaskControl() {
        @Override
        public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis());
        }

        @Override
        public void heartbeat() {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    private CollectBench() {
    }

    public static void main(String[] args) throws Exception {
        Path result = Path.of(args[1]);
        boolean quick = List.of(args).contains("--quick");
        int pages = quick ? 2_000 : PAGES;
        try (CurrencyApi api = new CurrencyApi(0, pages * PER_PAGE)) {
            BoundTask task = bind(api);
            HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            runStepline(task, 1, Math.min(pages, 2_000)); // warm-up of both sides
            runRaw(raw, api, 1, Math.min(pages, 2_000));
            Report report = new Report();
            for (int threads : new int[] {1, CONCURRENCY}) {
                // Alternating rounds, median of each side: this machine is shared, and a burst of
                // someone else's work must not land on one side only.
                List<Double> rawRates = new ArrayList<>();
                List<Double> steplineRates = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    rawRates.add(runRaw(raw, api, threads, pages));
                    steplineRates.add(runStepline(task, threads, pages));
                }
                double rawRate = median(rawRates);
                double steplineRate = median(steplineRates);
                report.add("pages_" + pages + "_x" + threads + " vs raw_httpclient_x" + threads, "pages_per_s",
                        steplineRate, rawRate, Target.ratioAtLeast(0.8));
                if (threads == 1) {
                    double overheadMicros = (1e6 / steplineRate) - (1e6 / rawRate);
                    report.add("engine_overhead_per_page_x1 vs limit", "us_per_page", overheadMicros, 100,
                            Target.valueAtMost(100, " us"));
                }
            }
            report.print(System.out);
            report.writeJson(result);
        }
    }

    private static BoundTask bind(CurrencyApi api) throws Exception {
        Path dir = Files.createTempDirectory("stepline-bench-collect");
        Files.writeString(dir.resolve("benchrates.yaml"), """
                connector: benchrates
                baseUrl: %s
                limits: {maxConcurrency: 16, maxPages: 1000000}
                streams:
                  rates:
                    path: /v1/rates
                    query: {page: "{{param.first}}", last_page: "{{param.last}}", per_page: "%d"}
                    records: $
                    fields: {currency: $.currency, day: $.day, rate: $.rate}
                    pagination: {type: link}
                """.formatted(api.baseUrl(), PER_PAGE));
        ObjectNode config = Json.NODES.objectNode();
        config.putObject("collect").put("directory", dir.toString()).put("stateDirectory", dir.resolve("state").toString())
                .put("outputDirectory", dir.resolve("out").toString());
        return new CollectConnector().bind(TaskResource.parse("stepline:collect:benchrates.rates"),
                new ConfiguredContext(config, Connections.of(config, Secrets.standard()), dir));
    }

    /** Pages per second of {@code threads} collections splitting {@code pages} pages between them. */
    private static double runStepline(BoundTask task, int threads, int pages) throws Exception {
        AtomicLong done = new AtomicLong();
        double seconds = timed(threads, pages, (first, last) -> {
            JsonNode out = task.invoke(new TaskRequest(Json.parse("{\"Params\": {\"first\": " + first + ", \"last\": " + last
                    + "}, \"Output\": \"" + Files.createTempFile("bench", ".jsonl") + "\"}"), "bench#" + System.nanoTime() + "#1#0",
                    CONTROL));
            done.addAndGet(out.path("pages").asLong());
        });
        if (done.get() != pages) {
            throw new IllegalStateException("stepline collected " + done.get() + " pages, not " + pages);
        }
        return pages / seconds;
    }

    private static double runRaw(HttpClient client, CurrencyApi api, int threads, int pages) throws Exception {
        AtomicLong done = new AtomicLong();
        double seconds = timed(threads, pages, (first, last) -> {
            String url = api.baseUrl() + "/v1/rates?page=" + first + "&last_page=" + last + "&per_page=" + PER_PAGE;
            while (url != null) {
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                Json.MAPPER.readTree(response.body());
                done.incrementAndGet();
                String link = response.headers().firstValue("Link").orElse(null);
                url = link == null || !link.contains("rel=\"next\"") ? null : link.substring(1, link.indexOf('>'));
            }
        });
        if (done.get() != pages) {
            throw new IllegalStateException("the raw loop fetched " + done.get() + " pages, not " + pages);
        }
        return pages / seconds;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    interface Slice {
        void run(int first, int last) throws Exception;
    }

    private static double timed(int threads, int pages, Slice slice) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int each = pages / threads;
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t * each + 1;
                int last = t == threads - 1 ? pages : (t + 1) * each;
                futures.add(pool.submit(() -> {
                    slice.run(first, last);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }
}
