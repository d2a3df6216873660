package io.stepline.cli;

import io.stepline.json.Json;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stepline redrive ARN}: runs a failed execution again from where it failed. */
@Command(name = "redrive", mixinStandardHelpOptions = true,
        description = {"Redrives a FAILED, TIMED_OUT or ABORTED STANDARD execution (AWS RedriveExecution): it runs "
                + "again from the state that failed; succeeded Map and Parallel iterations keep their results.",
                "Waits for it to end unless --detach (then a running `stepline worker` carries it on)."})
final class RedriveCommand implements Callable<Integer> {
    @Parameters(paramLabel = "EXECUTION_ARN")
    String arn;

    @Option(names = "--detach", description = "Return at once; a worker runs it.")
    boolean detach;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file.")
    Path config;

    @Override
    public Integer call() throws Exception {
        try (DurableSession session = DurableSession.open(config)) {
            session.durable().redrive(arn);
            if (!detach) {
                session.durable().live(arn).ifPresent(execution -> execution.result().join());
            }
            var record = session.durable().describe(arn).orElseThrow();
            var summary = Json.NODES.objectNode().put("executionArn", arn).put("status", record.status().name())
                    .put("redriveCount", record.redriveCount());
            if (record.output() != null) {
                summary.set("output", record.output());
            }
            if (record.error() != null) {
                summary.put("error", record.error()).put("cause", record.cause());
            }
            System.out.println(Json.write(summary));
            return detach || record.status().name().equals("SUCCEEDED") ? 0 : Failures.FAILED;
        }
    }
}
