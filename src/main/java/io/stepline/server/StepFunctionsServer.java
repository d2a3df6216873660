package io.stepline.server;

import io.stepline.engine.DefinitionException;
import io.stepline.engine.DurableExecutions;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code stepline server}: one HTTP server on one port over a running engine (see docs/server.md):
 * the Step Functions API at {@code POST /}, the UI's JSON under {@code /api/}, the UI at
 * {@code /ui/}, and {@code /health}, {@code /ready}, {@code /metrics}. It resumes the durable
 * executions it may take, at start and every few seconds, as {@code stepline worker} does.
 */
public final class StepFunctionsServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StepFunctionsServer.class);
    private static final long BODY_LIMIT = 16L * 1024 * 1024;
    private static final long RESUME_MILLIS = 2_000;
    private final Vertx vertx;
    private final HttpServer http;
    private final ServerSettings settings;
    private final int resumed;
    private final TaskLogCapture logs;
    private final ServerSchedules schedules;

    private StepFunctionsServer(Vertx vertx, HttpServer http, ServerSettings settings, int resumed,
            TaskLogCapture logs, ServerSchedules schedules) {
        this.logs = logs;
        this.schedules = schedules;
        this.vertx = vertx;
        this.http = http;
        this.settings = settings;
        this.resumed = resumed;
    }

    /**
     * Starts the server and returns once it listens ({@link #port()} is the bound port), firing
     * the schedules of its pipelines.
     *
     * @throws ServerException when it may not or cannot listen as configured
     */
    public static StepFunctionsServer start(Stepline engine, ServerSettings settings) {
        settings.checkSecure();
        DurableExecutions durable = engine.durable();
        Diagnostics diagnostics = new Diagnostics(engine.config());
        List<PipelineFolder> folders = PipelineFolder.scan(settings.pipelines(), diagnostics);
        Machines machines = new Machines(durable, folders);
        ServerMetrics metrics = new ServerMetrics(engine);
        int resumed;
        try {
            resumed = durable.resumeAll();
        } catch (DefinitionException e) {
            throw new ServerException("cannot resume executions: " + e.getMessage());
        }
        TaskLogCapture logs = TaskLogCapture.start(durable.store().taskLogs());
        ServerSchedules schedules = ServerSchedules.start(durable, settings.pipelines());
        Vertx vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        StepFunctionsApi api = new StepFunctionsApi(new MachineOperations(machines, durable, diagnostics),
                new ExecutionOperations(machines, durable, metrics), new CallbackOperations(durable),
                new TestStateOperation(engine));
        UiApi ui = new UiApi(settings, diagnostics, durable, schedules);
        ExecutionStream stream = new ExecutionStream(vertx, durable);
        ClasspathUi files = new ClasspathUi(ClasspathUi.ROOT);

        router.get("/health").handler(c -> Http.json(c, 200, Json.NODES.objectNode().put("status", "UP")));
        router.get("/ready").blockingHandler(c -> ready(c, durable), false);
        router.get("/metrics").handler(c -> c.response()
                .putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8").end(metrics.scrape()));
        if (settings.token() != null) {
            AccessToken access = new AccessToken(settings.token());
            router.route("/api/*").handler(access::check);
            router.route(HttpMethod.POST, "/").handler(access::check);
        }
        router.route().handler(BodyHandler.create().setBodyLimit(BODY_LIMIT));
        router.post("/").blockingHandler(api::handle, false);
        router.get("/api/pipelines").blockingHandler(ui::pipelines, false);
        router.post("/api/validate").blockingHandler(ui::validate, false);
        router.get("/api/executions/:arn/stream").handler(stream::open);
        router.get("/api/executions/:arn/logs").blockingHandler(c -> {
            logs.flush();
            ui.logs(c);
        }, false);
        router.post("/api/backfills").blockingHandler(ui::startBackfill, false);
        router.get("/api/backfills/:id").blockingHandler(ui::backfill, false);
        router.post("/api/pipelines/:name/schedules/:schedule/pause").blockingHandler(c -> ui.pause(c, true), false);
        router.post("/api/pipelines/:name/schedules/:schedule/resume").blockingHandler(c -> ui.pause(c, false), false);
        router.get("/").handler(c -> c.redirect("/ui/"));
        // Vert.x matches "/ui" for "/ui/" too: only the bare path redirects, or /ui/ would loop.
        router.get("/ui").handler(c -> {
            if (c.request().path().equals("/ui")) {
                c.redirect("/ui/");
            } else {
                c.next();
            }
        });
        router.get("/ui/*").handler(files::serve);
        router.route("/api/*").handler(c -> Http.error(c, 404, "no such endpoint: " + c.request().method() + " "
                + c.request().path()));

        HttpServer http;
        try {
            // AWS SDK clients send "Expect: 100-continue" and wait for the go-ahead before the body.
            http = vertx.createHttpServer(new HttpServerOptions().setHandle100ContinueAutomatically(true))
                    .requestHandler(router).listen(settings.port(), settings.bind())
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            vertx.close();
            logs.close();
            closeQuietly(schedules);
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ServerException("cannot listen on " + settings.bind() + ":" + settings.port() + ": "
                    + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            vertx.close();
            logs.close();
            closeQuietly(schedules);
            throw new ServerException("interrupted while starting the server");
        }
        vertx.setPeriodic(RESUME_MILLIS, id -> vertx.executeBlocking(durable::resumeAll, false)
                .onFailure(e -> LOG.warn("resuming executions failed: {}", e.getMessage())));
        return new StepFunctionsServer(vertx, http, settings, resumed, logs, schedules);
    }

    private static void ready(RoutingContext context, DurableExecutions durable) {
        try {
            durable.describe("arn:aws:states:local:000000000000:execution:stepline:ready-probe");
            Http.json(context, 200, Json.NODES.objectNode().put("status", "READY"));
        } catch (RuntimeException e) {
            Http.json(context, 503, Json.NODES.objectNode().put("status", "NOT_READY")
                    .put("error", "the execution store cannot be reached"));
        }
    }

    /** The port the server listens on (the chosen one when configured with port 0). */
    public int port() {
        return http.actualPort();
    }

    /** How many executions it resumed when it started. */
    public int resumed() {
        return resumed;
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
        return "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : host) + ":" + port();
    }

    private static void closeQuietly(ServerSchedules schedules) {
        if (schedules != null) {
            schedules.close();
        }
    }

    /** Stops firing schedules and listening; the engine (and its leases) is the caller's to close. */
    @Override
    public void close() {
        closeQuietly(schedules);
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("the HTTP server did not stop cleanly: {}", e.getMessage());
        }
        logs.close();
    }
}
