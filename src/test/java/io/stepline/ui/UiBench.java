package io.stepline.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import io.stepline.server.StepFunctionsServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code bench/ui/run}: the web UI's first load (every asset the pipelines page loads, raw and
 * gzipped) and the time to draw a 200-state machine in headless Chromium, from navigation start
 * to the app's {@code stepline:graph-drawn} mark, side by side with the floor: the same app
 * drawing the pipelines list (same bundle, no graph). Writes bench/results/ui.json.
 */
public final class UiBench {
    private static final int STATES = 200;
    private static final int RUNS = 5;

    private UiBench() {
    }

    public static void main(String[] args) throws Exception {
        Path result = Path.of(args.length > 0 ? args[0] : "bench/results/ui.json");
        Path root = Files.createTempDirectory("stepline-ui-bench");
        Path pipelines = root.resolve("pipelines");
        UiServer.write(pipelines.resolve("big/big.asl.json"), Json.write(machine(STATES)).getBytes(StandardCharsets.UTF_8));
        StepFunctionsServer server = UiServer.start(root, pipelines);
        ChromeDriver browser = Browser.get();
        try {
            ObjectNode report = Json.NODES.objectNode();
            report.put("states", STATES).put("runs", RUNS);
            // Timings are only comparable on a quiet machine: the load at the start is recorded with them.
            report.put("loadAverageAtStart", loadAverage());
            report.set("firstLoad", firstLoad(browser, server.url()));
            List<Double> draw = new ArrayList<>();
            List<Double> layout = new ArrayList<>();
            List<Double> floor = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                JsonNode mark = drawn(browser, server.url() + "/ui/pipelines/big");
                draw.add(mark.get("startTime").asDouble());
                layout.add(mark.path("detail").path("layoutAndDrawMs").asDouble());
                floor.add(listed(browser, server.url() + "/ui/index.html"));
            }
            double drawMs = median(draw);
            double floorMs = median(floor);
            report.put("drawMs", drawMs).put("layoutAndDrawMs", median(layout)).put("pipelinesListMs", floorMs)
                    .put("drawOverListRatio", drawMs / floorMs);
            report.putPOJO("drawRunsMs", draw);
            Files.createDirectories(result.toAbsolutePath().getParent());
            Files.writeString(result, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
            JsonNode load = report.get("firstLoad");
            System.out.printf("UI first load: %d files, %.1f kB raw, %.1f kB gzip%n", load.get("files").asInt(),
                    load.get("rawBytes").asLong() / 1024.0, load.get("gzipBytes").asLong() / 1024.0);
            System.out.printf("%d-state machine drawn %.0f ms after navigation (median of %d; layout+draw %.0f ms);"
                    + " pipelines list %.0f ms; ratio %.2fx%n", STATES, drawMs, RUNS, median(layout), floorMs, drawMs / floorMs);
            System.out.println("wrote " + result);
        } catch (RuntimeException | IOException e) {
            e.printStackTrace();
            System.exit(1);
        } finally {
            server.close();
        }
        System.exit(0);
    }

    /** A chain of Pass states with a Choice every tenth state that skips ahead: a realistic big graph. */
    static ObjectNode machine(int size) {
        ObjectNode machine = Json.NODES.objectNode().put("StartAt", "S0");
        ObjectNode states = machine.putObject("States");
        for (int i = 0; i < size; i++) {
            ObjectNode state = states.putObject("S" + i);
            if (i == size - 1) {
                state.put("Type", "Succeed");
            } else if (i % 10 == 0 && i + 5 < size) {
                state.put("Type", "Choice").put("Default", "S" + (i + 1));
                state.putArray("Choices").addObject().put("Variable", "$.skip").put("BooleanEquals", true)
                        .put("Next", "S" + (i + 5));
            } else {
                state.put("Type", "Pass").put("Next", "S" + (i + 1));
            }
        }
        return machine;
    }

    /** Every resource the pipelines page loads on a cold start, with the assets' raw and gzipped sizes. */
    private static ObjectNode firstLoad(ChromeDriver browser, String url) throws IOException {
        browser.get(url + "/ui/pipelines/big");
        waitDrawn(browser);
        Object entries = browser.executeScript("return performance.getEntriesByType('resource')"
                + ".concat(performance.getEntriesByType('navigation'))"
                + ".map(e => ({name: e.name, transfer: e.transferSize, decoded: e.decodedBodySize}))");
        long raw = 0;
        long gzip = 0;
        long transferred = 0;
        int files = 0;
        ArrayNode list = Json.NODES.arrayNode();
        for (Object entry : (List<?>) entries) {
            Map<?, ?> e = (Map<?, ?>) entry;
            String path = URI.create(String.valueOf(e.get("name"))).getPath();
            if (!path.startsWith("/ui/")) {
                continue;
            }
            byte[] content = asset(path);
            files++;
            raw += content.length;
            long zipped = gzipped(content);
            gzip += zipped;
            transferred += ((Number) e.get("transfer")).longValue();
            list.addObject().put("path", path).put("rawBytes", content.length).put("gzipBytes", zipped);
        }
        ObjectNode load = Json.NODES.objectNode().put("files", files).put("rawBytes", raw).put("gzipBytes", gzip)
                .put("transferredBytes", transferred);
        load.set("assets", list);
        return load;
    }

    private static byte[] asset(String path) throws IOException {
        String file = path.startsWith("/ui/assets/") ? path.substring(1) : "ui/index.html";
        try (var in = UiBench.class.getResourceAsStream("/" + file)) {
            return in == null ? new byte[0] : in.readAllBytes();
        }
    }

    private static long gzipped(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(content);
        }
        return out.size();
    }

    private static JsonNode drawn(ChromeDriver browser, String url) {
        browser.get("about:blank");
        browser.get(url);
        waitDrawn(browser);
        Object mark = browser.executeScript("const m = performance.getEntriesByName('stepline:graph-drawn')[0];"
                + "return JSON.stringify({startTime: m.startTime, detail: m.detail})");
        try {
            return Json.parse(String.valueOf(mark));
        } catch (IOException e) {
            throw new IllegalStateException("the graph-drawn mark is not JSON: " + mark, e);
        }
    }

    private static double listed(ChromeDriver browser, String url) {
        browser.get("about:blank");
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElements(
                org.openqa.selenium.By.cssSelector("tr[data-pipeline]")).size() > 0);
        return ((Number) browser.executeScript(
                "return performance.getEntriesByName('stepline:pipelines-listed')[0].startTime")).doubleValue();
    }

    private static void waitDrawn(ChromeDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> d.findElements(
                org.openqa.selenium.By.cssSelector("[data-testid='graph'][data-drawn]")).size() > 0);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim() + " (" + Runtime.getRuntime().availableProcessors()
                    + " cores)";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
