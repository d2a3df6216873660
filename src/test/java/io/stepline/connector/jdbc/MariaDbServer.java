package io.stepline.connector.jdbc;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One private MariaDB server per test JVM, started on first use from the Debian package
 * ({@code apt-get install mariadb-server}): a fresh data directory under /tmp, a free loopback
 * port, no grant tables. Tests that need it fail (never skip) when it cannot start, saying why.
 */
final class MariaDbServer {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Process server;
    private static int port;

    private MariaDbServer() {
    }

    /** A JDBC URL of a new, empty database on the shared server (user root, no password). */
    static synchronized String freshDatabase(String purpose) {
        start();
        String name = purpose.replaceAll("[^A-Za-z0-9]", "_").toLowerCase() + "_" + DATABASES.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(url("mysql"), "root", "");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create MariaDB test database " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    static String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    private static void start() {
        if (server != null) {
            return;
        }
        Path binary = Path.of("/usr/sbin/mariadbd");
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("MariaDB is not installed: the MariaDB tests need /usr/sbin/mariadbd;"
                    + " run apt-get install -y mariadb-server (as .ci/run does)");
        }
        try {
            Path dir = Files.createTempDirectory("stepline-mariadb");
            Path data = dir.resolve("data");
            run(dir, List.of("mariadb-install-db", "--no-defaults", "--datadir=" + data, "--user=root",
                    "--auth-root-authentication-method=normal", "--skip-test-db"));
            port = freePort();
            Process process = new ProcessBuilder(binary.toString(), "--no-defaults", "--user=root",
                    "--datadir=" + data, "--port=" + port, "--bind-address=127.0.0.1",
                    "--socket=" + dir.resolve("mariadb.sock"), "--pid-file=" + dir.resolve("mariadb.pid"),
                    "--skip-grant-tables", "--innodb-buffer-pool-size=32M", "--skip-log-bin")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("mariadbd.log").toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "mariadb-stop"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try (Connection ignored = DriverManager.getConnection(url("mysql"), "root", "")) {
                    break;
                } catch (SQLException notYet) {
                    if (!process.isAlive() || System.nanoTime() > deadline) {
                        process.destroy();
                        throw new IllegalStateException("MariaDB did not start on port " + port + ": see "
                                + dir.resolve("mariadbd.log") + " (" + notYet.getMessage() + ")");
                    }
                    Thread.sleep(200);
                }
            }
            server = process;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start MariaDB: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting MariaDB", e);
        }
    }

    private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
        Path log = dir.resolve(command.get(0) + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(log));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
