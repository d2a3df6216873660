package io.stepline.schedule;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.stepline.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.quartz.CronExpression;

/**
 * Reads {@code pipeline.yaml} (docs/schedules.md). Every problem is reported with the file and
 * the field, and unknown fields are errors (a misspelt {@code catchup:} must not silently mean
 * the default).
 */
public final class PipelineSettingsReader {
    public static final String FILE_NAME = "pipeline.yaml";
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> PIPELINE_FIELDS = Set.of("name", "definition", "type", "input", "schedules");
    private static final Set<String> SCHEDULE_FIELDS = Set.of("name", "cron", "timezone", "interval", "catchUp",
            "concurrency", "reprocess", "paused");

    private PipelineSettingsReader() {
    }

    /** The settings of every pipeline directory under {@code pipelines} that has a {@code pipeline.yaml}. */
    public static List<PipelineSettings> discover(Path pipelines) throws SettingsException {
        List<PipelineSettings> found = new ArrayList<>();
        try (Stream<Path> children = Files.list(pipelines)) {
            for (Path child : children.sorted().toList()) {
                if (Files.isRegularFile(child.resolve(FILE_NAME))) {
                    found.add(read(child.resolve(FILE_NAME)));
                }
            }
        } catch (IOException e) {
            throw new SettingsException("cannot list pipelines in " + pipelines + ": " + e.getMessage());
        }
        return found;
    }

    /** Reads one settings file; {@code file} may also be the pipeline's directory. */
    public static PipelineSettings read(Path file) throws SettingsException {
        if (Files.isDirectory(file)) {
            file = file.resolve(FILE_NAME);
        }
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (JacksonException e) {
            throw new SettingsException(file + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SettingsException("cannot read " + file + ": " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new SettingsException(file + ": must be a mapping (name, definition, type, input, schedules)");
        }
        Path directory = file.toAbsolutePath().getParent();
        unknownFields(file, "", root, PIPELINE_FIELDS);
        String name = text(file, "name", root.get("name"), directory.getFileName().toString());
        String definition = text(file, "definition", root.get("definition"), null);
        Path definitionFile = definition != null ? directory.resolve(definition) : defaultDefinition(file, directory);
        if (!Files.isRegularFile(definitionFile)) {
            throw new SettingsException(file + ": definition: no file " + definitionFile);
        }
        String type = text(file, "type", root.get("type"), "STANDARD").toUpperCase(Locale.ROOT);
        if (!type.equals("STANDARD") && !type.equals("EXPRESS")) {
            throw new SettingsException(file + ": type: must be STANDARD or EXPRESS, not '" + type + "'");
        }
        JsonNode input = root.path("input");
        if (!input.isMissingNode() && !input.isNull() && !input.isObject()) {
            throw new SettingsException(file + ": input: must be a mapping (the default input of every run)");
        }
        ObjectNode defaults = input.isObject() ? (ObjectNode) input : Json.NODES.objectNode();
        List<ScheduleSpec> schedules = new ArrayList<>();
        JsonNode list = root.path("schedules");
        if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
            throw new SettingsException(file + ": schedules: must be a list");
        }
        for (int i = 0; i < list.size(); i++) {
            ScheduleSpec spec = schedule(file, "schedules[" + i + "]", list.get(i));
            if (schedules.stream().anyMatch(s -> s.name().equals(spec.name()))) {
                throw new SettingsException(file + ": schedules[" + i + "].name: '" + spec.name() + "' is used twice");
            }
            schedules.add(spec);
        }
        return new PipelineSettings(name, definitionFile, type, defaults, schedules);
    }

    private static Path defaultDefinition(Path file, Path directory) throws SettingsException {
        for (String suffix : new String[] {".asl.json", ".asl.yaml", ".asl.yml"}) {
            Path candidate = directory.resolve(directory.getFileName() + suffix);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new SettingsException(file + ": definition: not given and no " + directory.getFileName()
                + ".asl.json beside it");
    }

    private static ScheduleSpec schedule(Path file, String at, JsonNode node) throws SettingsException {
        if (node == null || !node.isObject()) {
            throw new SettingsException(file + ": " + at + ": must be a mapping (name, cron, timezone, ...)");
        }
        unknownFields(file, at + ".", node, SCHEDULE_FIELDS);
        String name = text(file, at + ".name", node.get("name"), null);
        if (name == null || !name.matches("[A-Za-z0-9_.]{1,40}")) {
            throw new SettingsException(file + ": " + at + ".name: required, 1-40 letters, digits, '_' or '.' "
                    + "(it starts every execution name of the schedule)");
        }
        String cron = text(file, at + ".cron", node.get("cron"), null);
        if (cron == null) {
            throw new SettingsException(file + ": " + at + ".cron: required (a Quartz cron, e.g. \"0 30 2 * * ?\")");
        }
        try {
            new CronExpression(cron);
        } catch (ParseException e) {
            throw new SettingsException(file + ": " + at + ".cron: '" + cron + "' is not a Quartz cron expression ("
                    + e.getMessage() + "); e.g. \"0 30 2 * * ?\" is 02:30:00 every day");
        }
        ZoneId zone;
        String zoneText = text(file, at + ".timezone", node.get("timezone"), "UTC");
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            throw new SettingsException(file + ": " + at + ".timezone: '" + zoneText
                    + "' is not a time zone (e.g. Europe/Amsterdam, UTC)");
        }
        IntervalLength interval;
        try {
            interval = IntervalLength.parse(text(file, at + ".interval", node.get("interval"), "P1D"));
        } catch (IllegalArgumentException e) {
            throw new SettingsException(file + ": " + at + ".interval: " + e.getMessage());
        }
        CatchUp catchUp = choice(file, at + ".catchUp", node.get("catchUp"), CatchUp.class, CatchUp.LAST);
        Concurrency concurrency = choice(file, at + ".concurrency", node.get("concurrency"), Concurrency.class,
                Concurrency.SKIP);
        JsonNode reprocess = node.path("reprocess");
        if (!reprocess.isMissingNode() && !(reprocess.canConvertToInt() && reprocess.isIntegralNumber()
                && reprocess.asInt() >= 0 && reprocess.asInt() <= 366)) {
            throw new SettingsException(file + ": " + at + ".reprocess: must be a whole number from 0 to 366");
        }
        JsonNode paused = node.path("paused");
        if (!paused.isMissingNode() && !paused.isBoolean()) {
            throw new SettingsException(file + ": " + at + ".paused: must be true or false");
        }
        return new ScheduleSpec(name, cron, zone, interval, catchUp, concurrency, reprocess.asInt(0),
                paused.asBoolean(false));
    }

    private static <E extends Enum<E>> E choice(Path file, String at, JsonNode node, Class<E> type, E fallback)
            throws SettingsException {
        String value = text(file, at, node, null);
        if (value == null) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new SettingsException(file + ": " + at + ": '" + value + "' is not one of "
                + Stream.of(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
    }

    private static String text(Path file, String at, JsonNode node, String fallback) throws SettingsException {
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isValueNode() || node.isBinary()) {
            throw new SettingsException(file + ": " + at + ": must be a single value, not " + Json.typeName(node));
        }
        return node.asText();
    }

    private static void unknownFields(Path file, String at, JsonNode node, Set<String> known) throws SettingsException {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String field = names.next();
            if (!known.contains(field)) {
                throw new SettingsException(file + ": " + at + field + ": unknown field (known: "
                        + known.stream().sorted().toList() + ")");
            }
        }
    }
}
