package io.stepline.connector.spark;

import static io.stepline.connector.spark.SparkPipelines.object;
import static io.stepline.connector.spark.SparkPipelines.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.BoundTask;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.TaskRequest;
import io.stepline.connector.TaskResource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQL parameters bound as literals, bad task input, cancellation of running jobs. */
class SparkTaskBehaviourTest {
    @TempDir
    static Path folder;

    @BeforeAll
    static void data() {
        write(folder.resolve("users.csv"), "user_id,country", "u1,FR", "u2,DE");
        write(folder.resolve("by_country.sql"), "SELECT user_id FROM users WHERE country = :country");
    }

    private static JsonNode invoke(String transform, String config, String input, TestContexts.Control control)
            throws Exception {
        BoundTask task = new SparkConnector().bind(TaskResource.parse("stepline:spark:" + transform),
                TestContexts.of(object(config), folder));
        return task.invoke(new TaskRequest(object(input), "test#" + transform + "#" + System.nanoTime(), control));
    }

    private static long usersIn(String country) throws Exception {
        JsonNode result = invoke("by_country", "{}", """
                {"Inputs": {"users": "%s"}, "Parameters": {"country": "%s"}, "Outputs": {"users": "%s"}}
                """.formatted(folder.resolve("users.csv"), country, folder.resolve("out-" + System.nanoTime())),
                new TestContexts.Control());
        return result.at("/outputs/users/rows").asLong();
    }

    @Test
    void sqlParametersAreBoundAsValuesNeverAsSqlText() throws Exception {
        assertThat(usersIn("FR")).isEqualTo(1);
        assertThat(usersIn("FR' OR '1'='1")).isZero();
    }

    @Test
    void aTableOfAJdbcConnectionIsReadAndWritten() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("warehouse") + ";DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url, "etl", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE orders (id INT PRIMARY KEY, amount DECIMAL(10,2))");
            statement.execute("INSERT INTO orders VALUES (1, 10.00), (2, 0.00), (3, 7.50)");
            statement.execute("CREATE TABLE paid (id INT, amount DECIMAL(10,2))");
        }
        String config = "{\"connections\": {\"warehouse\": {\"type\": \"jdbc\", \"url\": \"" + url
                + "\", \"user\": \"etl\", \"password\": \"\"}}}";
        JsonNode result = invoke("filter", config, """
                {"Inputs": {"orders": {"uri": "jdbc:warehouse", "format": "table", "table": "ORDERS"}},
                 "Parameters": {"condition": "amount > 0"},
                 "Outputs": {"paid": {"uri": "jdbc:warehouse", "format": "table", "table": "PAID"}}}
                """, new TestContexts.Control());

        assertThat(result.at("/outputs/paid/rows").asLong()).isEqualTo(2);
        try (Connection connection = DriverManager.getConnection(url, "etl", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*), sum(amount) FROM paid")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(2);
            assertThat(rows.getBigDecimal(2)).isEqualByComparingTo("17.50");
        }
    }

    @Test
    void taskInputWithoutOutputsIsRejectedSayingWhatToAdd() {
        assertThatThrownBy(() -> invoke("by_country", "{}", "{\"Inputs\": {}}", new TestContexts.Control()))
                .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.error()).isEqualTo("Spark.InvalidTaskInput");
                    assertThat(e.cause()).contains("\"Outputs\" must name at least one output");
                });
    }

    @Test
    void aStoppedExecutionCancelsTheTasksSparkJobs() throws Exception {
        TestContexts.Control control = new TestContexts.Control();
        ScheduledExecutorService stopper = Executors.newSingleThreadScheduledExecutor();
        stopper.schedule(() -> control.cancelled.set(true), 3, TimeUnit.SECONDS);
        try {
            assertThatThrownBy(() -> invoke("slow", """
                    {"transforms": {"slow": {"class": "io.stepline.connector.spark.SlowTransform"}}}
                    """, """
                    {"Outputs": {"ids": "%s"}}
                    """.formatted(folder.resolve("slow")), control))
                    .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                        assertThat(e.error()).isEqualTo("Spark.Cancelled");
                        assertThat(e.cause()).isEqualTo("transform 'slow': cancelled while writing output 'ids' ("
                                + folder.resolve("slow") + ")");
                    });
        } finally {
            stopper.shutdownNow();
        }
    }
}
