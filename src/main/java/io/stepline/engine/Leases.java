package io.stepline.engine;

import io.stepline.store.ExecutionStore;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this engine's leases on the executions it runs: renewed every ten seconds for thirty,
 * so a killed process's executions are taken over within half a minute by another engine (and
 * at once by the same worker restarted under its stable name).
 */
final class Leases implements AutoCloseable {
    static final long DURATION_MILLIS = 30_000;
    private static final Logger LOG = LoggerFactory.getLogger(Leases.class);

    private final ExecutionStore store;
    private final String owner;
    private final ScheduledExecutorService timer;

    Leases(ExecutionStore store, String owner) {
        this.store = store;
        this.owner = owner;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "stepline-leases");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::renew, DURATION_MILLIS / 3, DURATION_MILLIS / 3, TimeUnit.MILLISECONDS);
    }

    /** When a lease taken now runs out. */
    long until() {
        return System.currentTimeMillis() + DURATION_MILLIS;
    }

    private void renew() {
        try {
            store.renewLeases(owner, until());
        } catch (RuntimeException e) {
            LOG.warn("could not renew execution leases: {}", e.getMessage());
        }
    }

    /** A name unique to this process (a CLI run, an embedding application). */
    static String transientOwner() {
        return host() + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/" + UUID.randomUUID();
    }

    /** The stable name of a worker on this host, unless it is given one. */
    static String workerOwner(String name) {
        return name != null ? name : "worker@" + host();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** Stops renewing and lets go of every lease: a stopping engine's executions can be taken over at once. */
    @Override
    public void close() {
        BackgroundTimer.stop(timer);
        try {
            store.renewLeases(owner, 0);
        } catch (RuntimeException e) {
            LOG.warn("could not release execution leases: {}", e.getMessage());
        }
    }
}
