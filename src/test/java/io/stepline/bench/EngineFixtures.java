package io.stepline.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the ASL definitions and inputs of {@code scripts/bench engine} as files, so that every
 * side (Stepline, the Camel floor, the Node peer) reads exactly the same definition and input.
 */
final class EngineFixtures {
    private static final String MARK = "arn:aws:lambda:us-east-1:000000000000:function:" + Marks.FUNCTION;
    private final Path dir;

    EngineFixtures(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    /** A small order document: the input of the chain and one-state workloads. */
    Path smallInput() throws IOException {
        ObjectNode order = Json.NODES.objectNode();
        order.put("orderId", "o-1001");
        order.putObject("customer").put("id", 42).put("tier", "gold");
        ArrayNode lines = order.putArray("lines");
        lines.addObject().put("sku", "A-1").put("qty", 2);
        lines.addObject().put("sku", "B-7").put("qty", 1);
        order.put("total", 37.5);
        return write("order.json", order);
    }

    /** {@code {"items": [{"id": 0, "name": "item-0", "price": 0.25}, ...]}}. */
    Path itemsInput(int count) throws IOException {
        ObjectNode input = Json.NODES.objectNode();
        ArrayNode items = input.putArray("items");
        for (int i = 0; i < count; i++) {
            items.addObject().put("id", i).put("name", "item-" + i).put("price", (i % 100) + 0.25);
        }
        return write("items-" + count + ".json", input);
    }

    /** N Pass states in a line, S1 to SN: one transition per state, no data-flow fields. */
    Path passChain(int states) throws IOException {
        ObjectNode machine = Json.NODES.objectNode();
        machine.put("Comment", states + " Pass states in a chain");
        machine.put("StartAt", "S1");
        ObjectNode all = machine.putObject("States");
        for (int i = 1; i <= states; i++) {
            ObjectNode state = all.putObject("S" + i).put("Type", "Pass");
            next(state, i < states ? "S" + (i + 1) : null);
        }
        return write("pass-chain-" + states + ".asl.json", machine);
    }

    /**
     * The same chain with a mark Task (see {@link Marks}) before state 1 and after states
     * {@code marksAfter}: the intervals between marks time parts of one execution.
     */
    Path markedPassChain(int states, int... marksAfter) throws IOException {
        ObjectNode machine = Json.NODES.objectNode();
        machine.put("Comment", states + " Pass states in a chain, timed in parts by mark Tasks");
        machine.put("StartAt", "Mark0");
        ObjectNode all = machine.putObject("States");
        all.putObject("Mark0").put("Type", "Task").put("Resource", MARK).put("Next", "S1");
        int mark = 0;
        for (int i = 1; i <= states; i++) {
            ObjectNode state = all.putObject("S" + i).put("Type", "Pass");
            if (mark < marksAfter.length && marksAfter[mark] == i) {
                String markName = "Mark" + (++mark);
                state.put("Next", markName);
                ObjectNode task = all.putObject(markName).put("Type", "Task").put("Resource", MARK);
                next(task, i < states ? "S" + (i + 1) : null);
            } else {
                next(state, i < states ? "S" + (i + 1) : null);
            }
        }
        return write("pass-chain-" + states + "-marked.asl.json", machine);
    }

    /** One Pass state: the cheapest whole execution. */
    Path oneState() throws IOException {
        ObjectNode machine = Json.NODES.objectNode();
        machine.put("StartAt", "Only");
        machine.putObject("States").putObject("Only").put("Type", "Pass").put("End", true);
        return write("one-state.asl.json", machine);
    }

    /** An inline Map over {@code $.items} whose item processor is one Pass state; unlimited concurrency. */
    Path inlineMap() throws IOException {
        ObjectNode machine = Json.NODES.objectNode();
        machine.put("StartAt", "EachItem");
        ObjectNode map = machine.putObject("States").putObject("EachItem");
        map.put("Type", "Map").put("ItemsPath", "$.items");
        ObjectNode processor = map.putObject("ItemProcessor");
        processor.putObject("ProcessorConfig").put("Mode", "INLINE");
        processor.put("StartAt", "Touch");
        processor.putObject("States").putObject("Touch").put("Type", "Pass").put("End", true);
        map.put("End", true);
        return write("inline-map.asl.json", machine);
    }

    /**
     * A 100-state definition for {@code stepline validate}: Pass states with Parameters and
     * ResultPath, a Choice every tenth state and a few Waits, ending in Succeed.
     */
    Path validateHundred() throws IOException {
        int states = 100;
        ObjectNode machine = Json.NODES.objectNode();
        machine.put("Comment", "100 states for timing stepline validate");
        machine.put("StartAt", "State1");
        ObjectNode all = machine.putObject("States");
        for (int i = 1; i <= states; i++) {
            String next = "State" + (i + 1);
            ObjectNode state = all.putObject("State" + i);
            if (i == states) {
                state.put("Type", "Succeed");
            } else if (i % 10 == 0) {
                state.put("Type", "Choice");
                state.putArray("Choices").addObject().put("Variable", "$.total").put("NumericGreaterThan", i)
                        .put("Next", next);
                state.put("Default", next);
            } else if (i % 25 == 7) {
                state.put("Type", "Wait").put("Seconds", 1);
                next(state, next);
            } else {
                state.put("Type", "Pass");
                state.putObject("Parameters").put("step", i).put("order.$", "$.orderId")
                        .put("total.$", "$.total").put("label.$", "States.Format('step {}', $.orderId)");
                state.put("ResultPath", "$.last");
                next(state, next);
            }
        }
        return write("validate-100.asl.json", machine);
    }

    private static void next(ObjectNode state, String next) {
        if (next == null) {
            state.put("End", true);
        } else {
            state.put("Next", next);
        }
    }

    private Path write(String name, ObjectNode json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        return file;
    }
}
