package io.stepline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepline.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.StateMachineAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TestExecutionStatus;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResultCode;

/** Every operation of the Step Functions API, through the AWS SDK for Java v2's own SfnClient. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StepFunctionsApiTest {
    private static final String HELLO_ARN = "arn:aws:states:local:000000000000:stateMachine:hello";
    private static SfnClient sfn;

    @BeforeAll
    static void client() {
        sfn = SfnClients.of(ServerFixture.server().url(), "test");
    }

    @AfterAll
    static void closeClient() {
        sfn.close();
    }

    @Test
    void pipelinesOfTheDirectoryAreStateMachines() {
        var machines = sfn.listStateMachines(r -> r.maxResults(100)).stateMachines();
        assertThat(machines).extracting(m -> m.name()).contains("hello", "doubler", "approvals")
                .doesNotContain("broken");
        var hello = sfn.describeStateMachine(r -> r.stateMachineArn(HELLO_ARN));
        assertThat(hello.name()).isEqualTo("hello");
        assertThat(hello.type()).isEqualTo(StateMachineType.STANDARD);
        assertThat(hello.definition()).isEqualTo(ServerFixture.HELLO);
        assertThat(hello.creationDate()).isNotNull();
        assertThat(sfn.describeStateMachine(r -> r.stateMachineArn(HELLO_ARN.replace("hello", "doubler"))).type())
                .isEqualTo(StateMachineType.EXPRESS);
    }

    @Test
    void startDescribeListAndHistoryOfAStandardExecution() throws Exception {
        var started = sfn.startExecution(r -> r.stateMachineArn(HELLO_ARN).name("sdk-run-1").input("{\"who\": \"sdk\"}"));
        assertThat(started.executionArn()).isEqualTo("arn:aws:states:local:000000000000:execution:hello:sdk-run-1");
        DescribeExecutionResponse done = awaitEnd(started.executionArn());
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        // The pipeline's default input is laid under the run's own.
        assertThat(Json.parse(done.output())).isEqualTo(Json.parse("{\"greeting\": \"hello sdk\"}"));
        assertThat(Json.parse(done.input())).isEqualTo(Json.parse("{\"who\": \"sdk\", \"lookbackDays\": 30}"));
        assertThat(done.stateMachineArn()).isEqualTo(HELLO_ARN);
        assertThat(done.startDate()).isBeforeOrEqualTo(done.stopDate());

        var listed = sfn.listExecutions(r -> r.stateMachineArn(HELLO_ARN).statusFilter(ExecutionStatus.SUCCEEDED));
        assertThat(listed.executions()).extracting(e -> e.name()).contains("sdk-run-1");

        List<HistoryEvent> events = sfn.getExecutionHistory(r -> r.executionArn(started.executionArn())).events();
        assertThat(events).extracting(HistoryEvent::type).containsSubsequence(HistoryEventType.EXECUTION_STARTED,
                HistoryEventType.PASS_STATE_ENTERED, HistoryEventType.PASS_STATE_EXITED,
                HistoryEventType.SUCCEED_STATE_ENTERED, HistoryEventType.EXECUTION_SUCCEEDED);
        assertThat(events.get(1).stateEnteredEventDetails().name()).isEqualTo("Greet");
        var reversed = sfn.getExecutionHistory(r -> r.executionArn(started.executionArn()).reverseOrder(true)
                .maxResults(2));
        assertThat(reversed.events().get(0).type()).isEqualTo(HistoryEventType.EXECUTION_SUCCEEDED);
        assertThat(reversed.nextToken()).isNotNull();

        // Same name, same input: AWS's idempotent start; other input: ExecutionAlreadyExists.
        assertThat(sfn.startExecution(r -> r.stateMachineArn(HELLO_ARN).name("sdk-run-1").input("{\"who\": \"sdk\"}"))
                .executionArn()).isEqualTo(started.executionArn());
        assertThatThrownBy(() -> sfn.startExecution(r -> r.stateMachineArn(HELLO_ARN).name("sdk-run-1")
                .input("{\"who\": \"other\"}"))).isInstanceOf(ExecutionAlreadyExistsException.class);
    }

    @Test
    void errorsHaveAwsCodes() {
        assertThatThrownBy(() -> sfn.describeExecution(r -> r.executionArn(
                "arn:aws:states:local:000000000000:execution:hello:nope")))
                .isInstanceOf(ExecutionDoesNotExistException.class).hasMessageContaining("Execution Does Not Exist");
        assertThatThrownBy(() -> sfn.describeStateMachine(r -> r.stateMachineArn(HELLO_ARN + "-nope")))
                .isInstanceOf(StateMachineDoesNotExistException.class);
        assertThatThrownBy(() -> sfn.startExecution(r -> r.stateMachineArn("not-an-arn")))
                .isInstanceOf(InvalidArnException.class);
        assertThatThrownBy(() -> sfn.startExecution(r -> r.stateMachineArn(HELLO_ARN).input("{not json")))
                .isInstanceOf(InvalidExecutionInputException.class);
        assertThatThrownBy(() -> sfn.createStateMachine(r -> r.name("bad").roleArn("arn:aws:iam::1:role/x")
                .definition(ServerFixture.BROKEN)))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("Missing");
        assertThatThrownBy(() -> sfn.sendTaskSuccess(r -> r.taskToken("no-such-token").output("{}")))
                .isInstanceOf(TaskDoesNotExistException.class);
    }

    @Test
    void createUpdateDescribeAndDeleteAMachine() throws Exception {
        String v1 = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Result\": 1, \"End\": true}}}";
        String v2 = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Result\": 2, \"End\": true}}}";
        String arn = sfn.createStateMachine(r -> r.name("made-by-sdk").definition(v1)
                .roleArn("arn:aws:iam::000000000000:role/x")).stateMachineArn();
        assertThat(arn).isEqualTo("arn:aws:states:local:000000000000:stateMachine:made-by-sdk");
        // Creating again with the same definition is idempotent; with another, it already exists.
        assertThat(sfn.createStateMachine(r -> r.name("made-by-sdk").definition(v1)
                .roleArn("arn:aws:iam::000000000000:role/x")).stateMachineArn()).isEqualTo(arn);
        assertThatThrownBy(() -> sfn.createStateMachine(r -> r.name("made-by-sdk").definition(v2)
                .roleArn("arn:aws:iam::000000000000:role/x"))).isInstanceOf(StateMachineAlreadyExistsException.class);

        var first = sfn.startExecution(r -> r.stateMachineArn(arn).name("v1"));
        assertThat(awaitEnd(first.executionArn()).output()).isEqualTo("1");
        assertThat(sfn.updateStateMachine(r -> r.stateMachineArn(arn).definition(v2)).revisionId()).isEqualTo("2");
        assertThat(sfn.describeStateMachine(r -> r.stateMachineArn(arn)).definition()).isEqualTo(v2);
        assertThat(sfn.describeStateMachine(r -> r.stateMachineArn(arn + ":1")).definition()).isEqualTo(v1);
        var second = sfn.startExecution(r -> r.stateMachineArn(arn).name("v2"));
        assertThat(awaitEnd(second.executionArn()).output()).isEqualTo("2");

        sfn.deleteStateMachine(r -> r.stateMachineArn(arn));
        assertThatThrownBy(() -> sfn.describeStateMachine(r -> r.stateMachineArn(arn)))
                .isInstanceOf(StateMachineDoesNotExistException.class);
        assertThat(sfn.describeExecution(r -> r.executionArn(first.executionArn())).status())
                .as("executions outlive their machine").isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void syncExpressExecutionReturnsItsResult() {
        var result = sfn.startSyncExecution(r -> r.stateMachineArn(HELLO_ARN.replace("hello", "doubler")).input("21"));
        assertThat(result.status()).isEqualTo(SyncExecutionStatus.SUCCEEDED);
        assertThat(result.output()).isEqualTo("42");
        assertThat(result.stopDate()).isNotNull();
    }

    @Test
    void callbacksStopAndRedrive() throws Exception {
        String arn = HELLO_ARN.replace("hello", "approvals");
        var waiting = sfn.startExecution(r -> r.stateMachineArn(arn).name("approve-1").input("{\"order\": 1}"));
        String token = ServerFixture.TOKENS.poll(30, TimeUnit.SECONDS);
        sfn.sendTaskHeartbeat(r -> r.taskToken(token));
        sfn.sendTaskSuccess(r -> r.taskToken(token).output("{\"approved\": true}"));
        assertThat(Json.parse(awaitEnd(waiting.executionArn()).output()))
                .isEqualTo(Json.parse("{\"order\": 1, \"decision\": {\"approved\": true}}"));

        var rejected = sfn.startExecution(r -> r.stateMachineArn(arn).name("approve-2"));
        String second = ServerFixture.TOKENS.poll(30, TimeUnit.SECONDS);
        sfn.sendTaskFailure(r -> r.taskToken(second).error("Rejected").cause("no budget"));
        DescribeExecutionResponse failed = awaitEnd(rejected.executionArn());
        assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(failed.error()).isEqualTo("Rejected");
        assertThat(failed.cause()).isEqualTo("no budget");

        // A redrive runs the failed state again: it waits for a new callback.
        assertThat(sfn.redriveExecution(r -> r.executionArn(rejected.executionArn())).redriveDate()).isNotNull();
        String third = ServerFixture.TOKENS.poll(30, TimeUnit.SECONDS);
        assertThat(third).isNotBlank();
        assertThat(sfn.describeExecution(r -> r.executionArn(rejected.executionArn())).redriveCount()).isEqualTo(1);

        var stopped = sfn.stopExecution(r -> r.executionArn(rejected.executionArn()).error("Manual"));
        assertThat(stopped.stopDate()).isNotNull();
        assertThat(awaitEnd(rejected.executionArn()).status()).isEqualTo(ExecutionStatus.ABORTED);
    }

    @Test
    void validateAndTestState() {
        var ok = sfn.validateStateMachineDefinition(r -> r.definition(ServerFixture.HELLO));
        assertThat(ok.result()).isEqualTo(ValidateStateMachineDefinitionResultCode.OK);
        var broken = sfn.validateStateMachineDefinition(r -> r.definition(ServerFixture.BROKEN));
        assertThat(broken.result()).isEqualTo(ValidateStateMachineDefinitionResultCode.FAIL);
        assertThat(broken.diagnostics()).isNotEmpty();
        assertThat(broken.diagnostics().get(0).location()).startsWith("/");

        var tested = sfn.testState(r -> r.definition(
                "{\"Type\": \"Pass\", \"Parameters\": {\"sum.$\": \"States.MathAdd($.a, $.b)\"}, \"Next\": \"Report\"}")
                .roleArn("arn:aws:iam::000000000000:role/x").input("{\"a\": 2, \"b\": 3}"));
        assertThat(tested.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
        assertThat(tested.output()).isEqualTo("{\"sum\":5}");
        assertThat(tested.nextState()).isEqualTo("Report");

        var caught = sfn.testState(r -> r.definition("""
                {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:reject",
                 "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Recover"}], "End": true}""")
                .roleArn("arn:aws:iam::000000000000:role/x").input("{}"));
        assertThat(caught.status()).isEqualTo(TestExecutionStatus.CAUGHT_ERROR);
        assertThat(caught.nextState()).isEqualTo("Recover");
        var failed = sfn.testState(r -> r.definition(
                "{\"Type\": \"Task\", \"Resource\": \"arn:aws:lambda:us-east-1:1:function:reject\", \"End\": true}")
                .roleArn("arn:aws:iam::000000000000:role/x").input("{}"));
        assertThat(failed.status()).isEqualTo(TestExecutionStatus.FAILED);
        assertThat(failed.error()).isEqualTo("Rejected");
        assertThat(failed.cause()).contains("not today");
    }

    static DescribeExecutionResponse awaitEnd(String executionArn) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Supplier<DescribeExecutionResponse> describe = () -> sfn.describeExecution(r -> r.executionArn(executionArn));
        DescribeExecutionResponse last = describe.get();
        while (last.status() == ExecutionStatus.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(50);
            last = describe.get();
        }
        return last;
    }
}
