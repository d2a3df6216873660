package io.stepline.schedule;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A pipeline's settings ({@code pipelines/NAME/pipeline.yaml}): its name (the state machine's),
 * its definition file, STANDARD or EXPRESS, the default input every run starts from, and its
 * schedules.
 */
public record PipelineSettings(String name, Path definitionFile, String type, ObjectNode input,
        List<ScheduleSpec> schedules) {

    public PipelineSettings {
        schedules = List.copyOf(schedules);
        input = input.deepCopy();
    }

    public Optional<ScheduleSpec> schedule(String scheduleName) {
        return schedules.stream().filter(s -> s.name().equals(scheduleName)).findFirst();
    }
}
