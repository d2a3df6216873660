package io.stepline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import io.stepline.store.ExecutionFilter;
import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stepline executions ...}: list, describe, history and stop durable executions. */
@Command(name = "executions", mixinStandardHelpOptions = true,
        description = "Durable (STANDARD) executions in the store.",
        subcommands = {ExecutionsCommand.ListExecutions.class, ExecutionsCommand.Describe.class, ExecutionsCommand.History.class,
                ExecutionsCommand.Stop.class})
final class ExecutionsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Executions, newest first.")
    static final class ListExecutions implements Callable<Integer> {
        @Option(names = "--status", description = "RUNNING, SUCCEEDED, FAILED, TIMED_OUT or ABORTED.")
        ExecutionStatus status;

        @Option(names = "--pipeline", description = "Only this pipeline (state machine name).")
        String pipeline;

        @Option(names = "--limit", description = "At most this many (default 100).")
        int limit = 100;

        @Option(names = "--config", paramLabel = "FILE", description = "Configuration file.")
        Path config;

        @Override
        public Integer call() throws Exception {
            try (DurableSession session = DurableSession.open(config)) {
                List<ExecutionRecord> records = session.durable()
                        .list(new ExecutionFilter(pipeline, status, limit));
                System.out.printf("%-10s %-24s %-24s %s%n", "STATUS", "STARTED", "PIPELINE", "EXECUTION ARN");
                for (ExecutionRecord record : records) {
                    System.out.printf("%-10s %-24s %-24s %s%n", record.status(), record.startTime(),
                            record.machineName() + ":" + record.machineVersion(), record.executionArn());
                }
                return 0;
            }
        }
    }

    @Command(name = "describe", mixinStandardHelpOptions = true, description = "One execution, as DescribeExecution.")
    static final class Describe implements Callable<Integer> {
        @Parameters(paramLabel = "EXECUTION_ARN")
        String arn;

        @Option(names = "--config", paramLabel = "FILE", description = "Configuration file.")
        Path config;

        @Override
        public Integer call() throws Exception {
            try (DurableSession session = DurableSession.open(config)) {
                ExecutionRecord record = session.durable().describe(arn)
                        .orElseThrow(() -> new UserError("Execution Does Not Exist: '" + arn + "'"));
                ObjectNode node = describe(record);
                session.durable().version(record).ifPresent(v -> {
                    node.put("definitionHash", v.contentHash());
                    if (v.sourceFile() != null) {
                        node.put("definitionFile", v.sourceFile());
                    }
                });
                System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node));
                return 0;
            }
        }

        static ObjectNode describe(ExecutionRecord record) {
            ObjectNode node = Json.NODES.objectNode();
            node.put("executionArn", record.executionArn());
            String machineArn = record.executionArn().replaceFirst(":execution:([^:]+):.*$", ":stateMachine:$1");
            node.put("stateMachineArn", machineArn);
            node.put("stateMachineVersionArn", machineArn + ":" + record.machineVersion());
            node.put("name", record.name());
            node.put("status", record.status().name());
            node.put("startDate", time(record.startTime()));
            if (record.stopTime() != null) {
                node.put("stopDate", time(record.stopTime()));
            }
            node.put("input", Json.write(record.input()));
            if (record.output() != null) {
                node.put("output", Json.write(record.output()));
            }
            if (record.error() != null) {
                node.put("error", record.error());
            }
            if (record.cause() != null) {
                node.put("cause", record.cause());
            }
            node.put("redriveCount", record.redriveCount());
            if (record.redriveTime() != null) {
                node.put("redriveDate", time(record.redriveTime()));
            }
            return node;
        }

        private static String time(Instant instant) {
            return instant.toString();
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true,
            description = "An execution's events: a table, or GetExecutionHistory's JSON with --format json.")
    static final class History implements Callable<Integer> {
        enum Format { table, json }

        @Parameters(paramLabel = "EXECUTION_ARN")
        String arn;

        @Option(names = "--format", description = "table (default) or json.")
        Format format = Format.table;

        @Option(names = "--config", paramLabel = "FILE", description = "Configuration file.")
        Path config;

        @Override
        public Integer call() throws Exception {
            try (DurableSession session = DurableSession.open(config)) {
                if (session.durable().describe(arn).isEmpty()) {
                    throw new UserError("Execution Does Not Exist: '" + arn + "'");
                }
                List<ObjectNode> events = session.durable().history(arn);
                if (format == Format.json) {
                    ArrayNode array = Json.NODES.arrayNode();
                    events.forEach(array::add);
                    ObjectNode page = Json.NODES.objectNode();
                    page.set("events", array);
                    System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(page));
                    return 0;
                }
                System.out.printf("%5s %5s  %-24s %-28s %s%n", "ID", "PREV", "TIME", "TYPE", "STATE / DETAIL");
                for (ObjectNode event : events) {
                    System.out.printf("%5d %5d  %-24s %-28s %s%n", event.get("id").asLong(),
                            event.get("previousEventId").asLong(),
                            Instant.ofEpochMilli(event.get("timestamp").decimalValue().movePointRight(3).longValue()),
                            event.get("type").asText(), detail(event));
                }
                return 0;
            }
        }

        private static String detail(ObjectNode event) {
            for (JsonNode value : (Iterable<JsonNode>) event::elements) {
                if (value.isObject()) {
                    if (value.has("name")) {
                        return value.get("name").asText();
                    }
                    if (value.has("error")) {
                        return value.get("error").asText() + (value.has("cause") ? ": " + value.get("cause").asText() : "");
                    }
                    if (value.has("resource")) {
                        return value.get("resource").asText();
                    }
                }
            }
            return "";
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stops (aborts) a running execution.")
    static final class Stop implements Callable<Integer> {
        @Parameters(paramLabel = "EXECUTION_ARN")
        String arn;

        @Option(names = "--config", paramLabel = "FILE", description = "Configuration file.")
        Path config;

        @Override
        public Integer call() throws Exception {
            try (DurableSession session = DurableSession.open(config)) {
                session.durable().stop(arn);
                System.out.println(Json.write(Json.NODES.objectNode().put("executionArn", arn).put("status", "ABORTED")));
                return 0;
            }
        }
    }

}
