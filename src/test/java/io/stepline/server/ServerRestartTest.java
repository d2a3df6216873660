package io.stepline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.store.jdbc.JdbcExecutionStore;
import io.stepline.store.jdbc.StoreSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/** What the API did before a restart of the server on the same store is what it answers after it. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServerRestartTest {
    private static final String PASS = """
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": 1, "End": true}}}""";
    private static final String WAITS = """
            {"StartAt": "Long", "States": {"Long": {"Type": "Wait", "Seconds": 3600, "End": true}}}""";
    private static final String PREFIX = "arn:aws:states:local:000000000000:stateMachine:";

    private Path root;
    private Path pipelines;
    private JdbcExecutionStore store;
    private Stepline engine;
    private StepFunctionsServer server;
    private SfnClient sfn;

    @BeforeEach
    void start() throws Exception {
        root = Files.createTempDirectory("stepline-server-restart");
        pipelines = root.resolve("pipelines");
        Files.createDirectories(pipelines);
        open();
    }

    private void open() {
        store = JdbcExecutionStore.open(StoreSettings.embedded(root.resolve("store/stepline")));
        engine = Stepline.start(Json.NODES.objectNode());
        engine.durable(store);
        server = StepFunctionsServer.start(engine, new ServerSettings("127.0.0.1", 0, null, pipelines));
        sfn = SfnClients.of(server.url(), "test");
    }

    @AfterEach
    void close() {
        sfn.close();
        server.close();
        engine.close();
        store.close();
    }

    private void restart() {
        close();
        open();
    }

    @Test
    void anExpressMachineStaysExpressAndADeletedOneStaysDeleted() {
        String express = sfn.createStateMachine(r -> r.name("quick").definition(PASS).type(StateMachineType.EXPRESS)
                .roleArn("arn:aws:iam::000000000000:role/quick")).stateMachineArn();
        String doomed = sfn.createStateMachine(r -> r.name("doomed").definition(WAITS)
                .roleArn("arn:aws:iam::000000000000:role/x")).stateMachineArn();
        String waiting = sfn.startExecution(r -> r.stateMachineArn(doomed).name("waiting")).executionArn();
        sfn.deleteStateMachine(r -> r.stateMachineArn(doomed));
        // AWS ends the running executions of a deleted machine; they stay readable
        assertThat(sfn.describeExecution(r -> r.executionArn(waiting)).status()).isEqualTo(ExecutionStatus.ABORTED);

        restart();

        var described = sfn.describeStateMachine(r -> r.stateMachineArn(express));
        assertThat(described.type()).isEqualTo(StateMachineType.EXPRESS);
        assertThat(described.roleArn()).isEqualTo("arn:aws:iam::000000000000:role/quick");
        assertThat(sfn.startSyncExecution(r -> r.stateMachineArn(express)).output()).isEqualTo("1");
        assertThatThrownBy(() -> sfn.describeStateMachine(r -> r.stateMachineArn(doomed)))
                .isInstanceOf(StateMachineDoesNotExistException.class);
        assertThatThrownBy(() -> sfn.startExecution(r -> r.stateMachineArn(doomed).name("after")))
                .isInstanceOf(StateMachineDoesNotExistException.class);
        assertThat(sfn.listStateMachines(r -> { }).stateMachines()).extracting(StateMachineListItem::name,
                StateMachineListItem::type).containsExactly(org.assertj.core.groups.Tuple.tuple("quick",
                        StateMachineType.EXPRESS));
        assertThat(sfn.describeExecution(r -> r.executionArn(waiting)).status())
                .as("a deleted machine's executions stay readable, and are not resumed").isEqualTo(ExecutionStatus.ABORTED);

        // created again after its deletion, it is a machine again, also after the next restart
        sfn.createStateMachine(r -> r.name("doomed").definition(PASS).roleArn("arn:aws:iam::000000000000:role/x"));
        restart();
        assertThat(sfn.describeStateMachine(r -> r.stateMachineArn(PREFIX + "doomed")).type())
                .isEqualTo(StateMachineType.STANDARD);
    }
}
