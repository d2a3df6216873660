package io.stepline.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.quartz.SchedulerException;

/**
 * Follows a pipelines directory while an engine fires its schedules: every few seconds it
 * compares the directory's pipeline folders and their files' sizes and modification times with
 * the last look, and when they changed reads the settings again, {@link Schedules#apply applies}
 * them and {@link Firing#reschedule reschedules}.
 *
 * <p>A periodic scan rather than a {@code WatchService}: inotify does not see files changed
 * through many container volume mounts (Docker Desktop, NFS, some overlay setups), watches one
 * directory level (a new pipeline folder needs registering before its files are seen) and can
 * overflow; listing a few folders every two seconds costs nothing and works on any file system.
 *
 * <p>A file that no longer reads keeps the last settings read from it in force (its schedules
 * keep firing), and its problem is reported by {@link #problems()} until it is fixed.
 */
public final class PipelineWatcher implements AutoCloseable {
    public static final Duration PERIOD = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(PipelineWatcher.class.getName());

    private final Path root;
    private final Map<String, PipelineSettings> lastGood = new HashMap<>();
    private volatile Map<String, String> problems = Map.of();
    private Map<String, String> seen = Map.of();
    private ScheduledExecutorService timer;

    public PipelineWatcher(Path root) {
        this.root = root;
    }

    /**
     * Reads every {@code pipeline.yaml} under the directory now: the settings of those that read
     * (or the last good ones of those that no longer do), the others' problems in {@link #problems()}.
     */
    public synchronized List<PipelineSettings> read() {
        seen = fingerprints();
        Map<String, PipelineSettings> good = new TreeMap<>();
        Map<String, String> found = new TreeMap<>();
        for (String folder : seen.keySet()) {
            Path directory = root.resolve(folder);
            if (!Files.isRegularFile(directory.resolve(PipelineSettingsReader.FILE_NAME))) {
                lastGood.remove(folder);
                continue;
            }
            try {
                PipelineSettings settings = PipelineSettingsReader.read(directory);
                good.put(folder, settings);
                lastGood.put(folder, settings);
            } catch (SettingsException e) {
                PipelineSettings kept = lastGood.get(folder);
                if (kept == null) {
                    found.put(folder, e.getMessage());
                } else {
                    good.put(folder, kept);
                    found.put(folder, e.getMessage() + " (its last readable settings stay in force until it is fixed)");
                }
            }
        }
        lastGood.keySet().retainAll(seen.keySet());
        problems = Map.copyOf(found);
        return List.copyOf(good.values());
    }

    /** Why the settings in pipeline folder {@code folder} did not read at the last look, by folder name. */
    public Map<String, String> problems() {
        return problems;
    }

    /** Looks every {@code period} for changes and applies them to {@code schedules}, fired by {@code firing}. */
    public synchronized void follow(Schedules schedules, Firing firing, Duration period) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "stepline-pipeline-watcher");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> look(schedules, firing), period.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Applies the settings when any file changed since the last look. */
    synchronized void look(Schedules schedules, Firing firing) {
        if (fingerprints().equals(seen)) {
            return;
        }
        List<PipelineSettings> before = schedules.pipelines();
        try {
            schedules.apply(read());
            firing.reschedule(before);
            LOG.info("pipelines under " + root + " changed: schedules applied");
            problems.forEach((folder, problem) -> LOG.warning("pipeline " + folder + ": " + problem));
        } catch (SchedulerException | RuntimeException e) {
            // looked at again next time
            seen = Map.of();
            LOG.warning("pipelines under " + root + " changed but could not be applied: " + e.getMessage());
        }
    }

    /** Each pipeline folder's files as {@code name size mtime} lines, by folder name. */
    private Map<String, String> fingerprints() {
        Map<String, String> prints = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return prints;
        }
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                StringBuilder print = new StringBuilder();
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.sorted().toList()) {
                        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                        print.append(file.getFileName()).append(' ').append(attributes.size()).append(' ')
                                .append(attributes.lastModifiedTime().toInstant()).append('\n');
                    }
                } catch (IOException goneMeanwhile) {
                    print.append("unreadable");
                }
                prints.put(folder.getFileName().toString(), print.toString());
            }
        } catch (IOException e) {
            LOG.warning("cannot list pipelines in " + root + ": " + e.getMessage());
        }
        return prints;
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
