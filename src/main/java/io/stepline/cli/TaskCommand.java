package io.stepline.cli;

import io.stepline.json.Json;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stepline task success|failure|heartbeat TOKEN}: answers a callback task. */
@Command(name = "task", mixinStandardHelpOptions = true,
        description = "Answers a callback task (.waitForTaskToken) by its token, as SendTaskSuccess/Failure/Heartbeat.",
        subcommands = {TaskCommand.Success.class, TaskCommand.Failure.class, TaskCommand.Heartbeat.class})
final class TaskCommand {

    @Command(name = "success", mixinStandardHelpOptions = true, description = "The task succeeds with OUTPUT.")
    static final class Success implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "TOKEN")
        String token;

        @Option(names = "--output", paramLabel = "JSON", description = "The task's output (default {}).")
        String output;

        @Option(names = "--config", paramLabel = "FILE", description = "Configuration file.")
        Path config;

        @Override
        public Integer call() throws Exception {
            var value = Inputs.read(output, null);
            try (DurableSession session = DurableSession.open(config)) {
                session.durable().sendTaskSuccess(token, value);
            }
            System.out.println(Json.write(Json.NODES.objectNode().put("sent", "success")));
            return 0;
        }
    }

    @Command(name = "failure", mixinStandardHelpOptions = true, description = "The task fails with ERROR and CAUSE.")
    static final class Failure implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "TOKEN")
        String token;

        @Option(names = "--error", description = "The error name Retry and Catch match.")
        String error;

        @Option(names = "--cause", description = "What went wrong.")
        String cause;

        @Option(names = "--config", paramLabel = "FILE", description = "Configuration file.")
        Path config;

        @Override
        public Integer call() throws Exception {
            try (DurableSession session = DurableSession.open(config)) {
                session.durable().sendTaskFailure(token, error, cause);
            }
            System.out.println(Json.write(Json.NODES.objectNode().put("sent", "failure")));
            return 0;
        }
    }

    @Command(name = "heartbeat", mixinStandardHelpOptions = true, description = "The task is alive.")
    static final class Heartbeat implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "TOKEN")
        String token;

        @Option(names = "--config", paramLabel = "FILE", description = "Configuration file.")
        Path config;

        @Override
        public Integer call() throws Exception {
            try (DurableSession session = DurableSession.open(config)) {
                session.durable().sendTaskHeartbeat(token);
            }
            System.out.println(Json.write(Json.NODES.objectNode().put("sent", "heartbeat")));
            return 0;
        }
    }
}
