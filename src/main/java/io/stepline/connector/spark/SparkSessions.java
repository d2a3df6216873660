package io.stepline.connector.spark;

import io.stepline.connector.TaskFailedException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The process's one SparkSession, started by the first Spark task and reused by every task and
 * execution after it (starting one costs seconds). Each task gets {@link #forTask}: a child session
 * over the same SparkContext, so tasks running at once cannot see each other's temp views or SQL
 * settings. A session an embedding application already started is reused as it is.
 */
public final class SparkSessions {
    private static SparkSession shared;

    private SparkSessions() {
    }

    /** A session for one task run, starting the shared one if needed. */
    public static SparkSession forTask(SparkSettings settings) throws TaskFailedException {
        return shared(settings).newSession();
    }

    /** The shared session; the first caller's settings start it. */
    public static synchronized SparkSession shared(SparkSettings settings) throws TaskFailedException {
        if (shared == null || shared.sparkContext().isStopped()) {
            shared = start(settings.session());
        }
        return shared;
    }

    private static SparkSession start(SparkSettings.SessionConfig config) throws TaskFailedException {
        Map<String, String> conf = new LinkedHashMap<>();
        // Defaults that give way to spark.* system properties and the connection's conf.
        conf.put("spark.ui.enabled", "false");
        if (config.master().startsWith("local")) {
            // A local driver talks to itself only: never listen beyond loopback.
            conf.put("spark.driver.bindAddress", "127.0.0.1");
            conf.put("spark.driver.host", "127.0.0.1");
        }
        conf.keySet().removeIf(key -> System.getProperty(key) != null);
        conf.putAll(config.conf());
        try {
            SparkSession.Builder builder = SparkSession.builder().appName("stepline").master(config.master());
            conf.forEach(builder::config);
            return builder.getOrCreate();
        } catch (RuntimeException e) {
            throw new TaskFailedException("Spark.SessionFailed", "could not start Spark with master "
                    + config.master() + ": " + SparkErrors.firstLine(e));
        }
    }
}
