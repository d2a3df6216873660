package io.stepline.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stepline.json.Json;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import javax.management.ObjectName;

/** The heap as {@link DurableWaiting} reports it: used after a full GC, and by class. */
final class DurableHeap {
    private DurableHeap() {
    }

    /** Heap used after a full collection (twice: what the first frees may need a second). */
    static long usedAfterFullGc() throws InterruptedException {
        System.gc();
        Thread.sleep(100);
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The JVM's class histogram of live objects (what {@code jcmd PID GC.class_histogram} prints). */
    static String classHistogram() throws Exception {
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }

    /** The {@code top} classes whose live bytes grew most between two histograms: {class, instances, bytes}. */
    static ArrayNode growth(String before, String after, int top) {
        Map<String, long[]> earlier = parse(before);
        ArrayNode list = Json.NODES.arrayNode();
        parse(after).entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                    e.getValue()[0] - earlier.getOrDefault(e.getKey(), new long[2])[0],
                    e.getValue()[1] - earlier.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(top)
                .forEach(e -> list.addObject().put("class", e.getKey()).put("instances", e.getValue()[0])
                        .put("bytes", e.getValue()[1]));
        return list;
    }

    /** Lines "  1:  123  4567  java.lang.String (java.base@17)": class to {instances, bytes}. */
    private static Map<String, long[]> parse(String histogram) {
        Map<String, long[]> classes = new HashMap<>();
        for (String line : histogram.split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 4 && fields[0].endsWith(":")) {
                classes.put(fields[3], new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[2])});
            }
        }
        return classes;
    }
}
