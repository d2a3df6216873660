package io.stepline.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where the execution store lives and how it is used: a JDBC URL ({@code jdbc:h2:...} or
 * {@code jdbc:postgresql:...}), credentials, the pool size, the size above which JSON values
 * are stored out of line, and how long to wait for the database before giving up.
 * {@link #toString()} never shows the password.
 */
public record StoreSettings(String url, String user, String password, int poolSize, int payloadThresholdBytes,
        Duration connectTimeout) {

    /** AWS's own limit on a state's input or output; larger values go to the payloads table. */
    public static final int DEFAULT_PAYLOAD_THRESHOLD_BYTES = 256 * 1024;
    public static final int DEFAULT_POOL_SIZE = 10;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The embedded database of a fresh install: {@code ./data/stepline.mv.db}. */
    public static final Path DEFAULT_EMBEDDED_FILE = Path.of("data", "stepline");

    /**
     * H2 options of the embedded store.
     * <ul>
     * <li>WRITE_DELAY=0: every commit is written to the file before {@code apply} returns, so a
     * killed process loses no transition (H2's default keeps commits in memory up to 500 ms).
     * H2 does not fsync each commit: a power loss may lose the last ones; PostgreSQL is the
     * store for that guarantee.</li>
     * <li>LOCK_TIMEOUT=10000: concurrent starts of one name wait for the winner's commit to
     * see the conflict, instead of failing after H2's default second.</li>
     * <li>QUERY_CACHE_SIZE=64: the store has more than H2's default 8 statements per session
     * and re-parsing them would cost more than the insert.</li>
     * <li>AUTO_SERVER=TRUE: a worker and the CLI commands that read or answer its executions
     * use one file at once (the first process serves it to the others over loopback).</li>
     * </ul>
     * An embedded URL from the configuration gets whichever of these it lacks, and is opened
     * through {@link #H2_FILE_SYSTEM}.
     */
    /**
     * H2's interrupt-safe file system. Through the default ({@code file:}, a {@code FileChannel})
     * a thread interrupted while H2 reads or writes the file closes the channel for everyone:
     * H2 then closes the whole store and every later statement fails until the process restarts.
     * {@code async:} uses an {@code AsynchronousFileChannel}, which an interrupt does not close.
     * Same file format: a store written through either opens through the other.
     */
    static final String H2_FILE_SYSTEM = "jdbc:h2:async:";

    static final String H2_OPTIONS = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64;AUTO_SERVER=TRUE";

    public StoreSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (poolSize < 1) {
            throw new IllegalArgumentException("store poolSize must be at least 1, not " + poolSize);
        }
        if (payloadThresholdBytes < 1) {
            throw new IllegalArgumentException(
                    "store payloadThresholdBytes must be at least 1, not " + payloadThresholdBytes);
        }
        url = withEmbeddedOptions(url);
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    private static String withEmbeddedOptions(String url) {
        if (url.startsWith("jdbc:h2:file:")) {
            url = H2_FILE_SYSTEM + url.substring("jdbc:h2:file:".length());
        }
        if (!url.startsWith(H2_FILE_SYSTEM)) {
            return url;
        }
        StringBuilder complete = new StringBuilder(url);
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        for (String option : H2_OPTIONS.substring(1).split(";")) {
            String key = option.substring(0, option.indexOf('=') + 1);
            if (!upper.contains(";" + key)) {
                complete.append(';').append(option);
            }
        }
        return complete.toString();
    }

    /** The embedded H2 store in {@code file} (H2 adds {@code .mv.db}), with the default options. */
    public static StoreSettings embedded(Path file) {
        // H2 refuses implicitly relative paths ("data/x"); "./data/x" says the same thing.
        boolean explicit = file.isAbsolute() || file.startsWith(".") || file.startsWith("..");
        Path location = explicit ? file : Path.of(".").resolve(file);
        return new StoreSettings(H2_FILE_SYSTEM + location + H2_OPTIONS, "sa", "", DEFAULT_POOL_SIZE,
                DEFAULT_PAYLOAD_THRESHOLD_BYTES, DEFAULT_CONNECT_TIMEOUT);
    }

    /** The default store: embedded H2 at {@code ./data/stepline}. */
    public static StoreSettings defaults() {
        return embedded(DEFAULT_EMBEDDED_FILE);
    }

    /** A PostgreSQL (or any) store at {@code url} with the default pool, threshold and timeout. */
    public static StoreSettings of(String url, String user, String password) {
        return new StoreSettings(url, user, password, DEFAULT_POOL_SIZE, DEFAULT_PAYLOAD_THRESHOLD_BYTES,
                DEFAULT_CONNECT_TIMEOUT);
    }

    /**
     * Reads the {@code store:} section of {@code config/stepline.yaml}; a missing section means
     * {@link #defaults()}. Keys: {@code url}, {@code user}, {@code password}, {@code poolSize},
     * {@code payloadThresholdBytes}, {@code connectTimeoutSeconds}. A string value written as
     * {@code ${env:NAME}} or {@code ${file:PATH}} is a secret reference (io.stepline.config.secret).
     *
     * @throws IllegalArgumentException naming the key when a value is wrong (never its value)
     */
    public static StoreSettings fromConfig(JsonNode storeSection) {
        return StoreConfigReader.read(storeSection, System::getenv);
    }

    /** The same settings with another payload threshold. */
    public StoreSettings withPayloadThresholdBytes(int bytes) {
        return new StoreSettings(url, user, password, poolSize, bytes, connectTimeout);
    }

    /** The same settings with another connect timeout. */
    public StoreSettings withConnectTimeout(Duration timeout) {
        return new StoreSettings(url, user, password, poolSize, payloadThresholdBytes, timeout);
    }

    /** The same settings with another pool size. */
    public StoreSettings withPoolSize(int size) {
        return new StoreSettings(url, user, password, size, payloadThresholdBytes, connectTimeout);
    }

    /** The URL with any credentials in it masked: safe for messages and logs. */
    public String redactedUrl() {
        return Redaction.url(url);
    }

    static StoreSettings fromConfig(JsonNode storeSection, UnaryOperator<String> environment) {
        return StoreConfigReader.read(storeSection, environment);
    }

    @Override
    public String toString() {
        return "StoreSettings[url=" + redactedUrl() + ", user=" + user + ", password="
                + (password.isEmpty() ? "" : "***") + ", poolSize=" + poolSize + ", payloadThresholdBytes="
                + payloadThresholdBytes + ", connectTimeout=" + connectTimeout + "]";
    }
}
