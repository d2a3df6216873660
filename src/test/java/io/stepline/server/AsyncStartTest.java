package io.stepline.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** StartExecution is asynchronous, as on AWS: it answers once the execution is recorded. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AsyncStartTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String call(String operation, String body) throws Exception {
        // A start that ran the first task on the request's thread would not answer before the gate opens.
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(ServerFixture.server().url() + "/"))
                .timeout(Duration.ofSeconds(20))
                .header("X-Amz-Target", "AWSStepFunctions." + operation)
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void startExecutionAnswersWhileTheFirstTaskStillRuns() throws Exception {
        String started = call("StartExecution", "{\"stateMachineArn\": \"arn:aws:states:local:000000000000:"
                + "stateMachine:gated\", \"name\": \"gated-1\", \"input\": \"{\\\"gate\\\": \\\"gated-1\\\"}\"}");
        String arn = Json.parse(started).get("executionArn").asText();
        String describe = "{\"executionArn\": \"" + arn + "\"}";
        assertThat(Json.parse(call("DescribeExecution", describe)).get("status").asText()).isEqualTo("RUNNING");

        ServerFixture.gate("gated-1").countDown();
        String status = "RUNNING";
        for (int i = 0; i < 600 && status.equals("RUNNING"); i++) {
            Thread.sleep(50);
            status = Json.parse(call("DescribeExecution", describe)).get("status").asText();
        }
        assertThat(status).isEqualTo("SUCCEEDED");
        assertThat(Json.parse(call("DescribeExecution", describe)).get("output").asText()).contains("gated-1");
    }

    @Test
    void anExpressStartAnswersWhileItsFirstTaskStillRuns() throws Exception {
        // Without a hand-over to the engine's workers the request thread would wait at the gate (60 s)
        // and the call above would time out after 20 s.
        String started = call("StartExecution", "{\"stateMachineArn\": \"arn:aws:states:local:000000000000:"
                + "stateMachine:gatedexpress\", \"name\": \"express-1\", \"input\": \"{\\\"gate\\\": \\\"express-1\\\"}\"}");
        assertThat(Json.parse(started).get("executionArn").asText()).contains("gatedexpress");
        for (int i = 0; i < 400 && !ServerFixture.ENTERED.contains("express-1"); i++) {
            Thread.sleep(50);
        }
        assertThat(ServerFixture.ENTERED).as("the first task started").contains("express-1");
        ServerFixture.gate("express-1").countDown();
    }
}
