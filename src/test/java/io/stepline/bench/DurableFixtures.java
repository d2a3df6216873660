package io.stepline.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The definitions of {@code scripts/bench durable} that {@link EngineFixtures} does not write
 * (its Pass chains and order input serve here too): a Wait followed by a Pass.
 */
final class DurableFixtures {
    private final Path dir;

    DurableFixtures(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    /** Waits {@code seconds}, then one Pass state. */
    Path waitThenPass(int seconds) throws IOException {
        ObjectNode machine = Json.NODES.objectNode();
        machine.put("Comment", "a Wait of " + seconds + " s, then a Pass state");
        machine.put("StartAt", "Wait");
        ObjectNode states = machine.putObject("States");
        states.putObject("Wait").put("Type", "Wait").put("Seconds", seconds).put("Next", "Done");
        states.putObject("Done").put("Type", "Pass").put("End", true);
        Path file = dir.resolve("wait-" + seconds + "s.asl.json");
        Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(machine));
        return file;
    }
}
