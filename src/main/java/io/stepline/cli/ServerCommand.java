package io.stepline.cli;

import io.stepline.config.ConfigLoader;
import io.stepline.engine.DurableExecutions;
import io.stepline.engine.Stepline;
import io.stepline.server.ServerException;
import io.stepline.server.ServerSettings;
import io.stepline.server.StepFunctionsServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stepline server}: the engine as a long-lived process with one HTTP server: the Step
 * Functions API, the web UI, health and metrics (docs/server.md). Stops on SIGTERM/Ctrl-C.
 */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = {"Serves the Step Functions API (for the AWS CLI and SDKs), the web UI, /health, /ready and "
                + "/metrics on one port, and runs durable executions (resuming those left running). "
                + "Stops on SIGTERM/Ctrl-C."})
final class ServerCommand implements Callable<Integer> {
    @Option(names = "--port", description = "Port to listen on (default 8080; 0 for any free port).")
    Integer port;

    @Option(names = "--bind", description = "Address to listen on (default 127.0.0.1). Any other address needs "
            + "an access token: server.token in the configuration or STEPLINE__SERVER__TOKEN.")
    String bind;

    @Option(names = "--pipelines", paramLabel = "DIR", description = "Directory of pipelines (default pipelines/).")
    Path pipelines;

    @Option(names = "--id", description = "This server's stable worker name (default worker@HOST).")
    String id;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file.")
    Path config;

    @Override
    public Integer call() throws Exception {
        var configuration = ConfigLoader.load(config);
        ServerSettings settings;
        try {
            settings = ServerSettings.fromConfig(configuration, bind, port, pipelines);
        } catch (ServerException e) {
            throw new UserError(e.getMessage());
        }
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        try (Stepline engine = Stepline.start(configuration)) {
            DurableExecutions durable = engine.durable(DurableExecutions.workerName(id));
            StepFunctionsServer server;
            try {
                server = StepFunctionsServer.start(engine, settings);
            } catch (ServerException e) {
                throw new UserError(e.getMessage());
            }
            // SIGTERM: the hook lets the main thread close the server and the engine (releasing
            // leases) before the JVM exits.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop.countDown();
                awaitQuietly(closed);
            }, "stepline-server-stop"));
            System.out.println("stepline server " + durable.owner() + " listening on " + server.url() + " (UI at "
                    + server.url() + "/ui/); resumed " + server.resumed() + " execution(s)");
            System.out.flush();
            stop.await();
            server.close();
        } finally {
            closed.countDown();
        }
        return 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
