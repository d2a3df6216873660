package io.stepline.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.DBConnectionManager;

/**
 * Builds the Quartz scheduler of one engine: a JDBC job store (JobStoreTX) on the {@code qrtz_*}
 * tables of Stepline's own database, through the store's pool. On PostgreSQL it is clustered:
 * every engine over the same database is an instance of one Quartz scheduler ({@code stepline}),
 * and each trigger fire is taken by exactly one of them. Embedded H2 serves one process, so it
 * is not clustered there.
 */
public final class QuartzSchedulers {
    static final String SCHEDULER_NAME = "stepline";

    private QuartzSchedulers() {
    }

    public static Scheduler create(DataSource pool, ScheduleOptions options) throws SchedulerException {
        boolean postgres = isPostgres(pool);
        // Quartz finds data sources by name in a JVM-wide registry: one name per scheduler.
        String dataSource = "stepline-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(dataSource, new StoreConnectionProvider(pool));
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        properties.setProperty("org.quartz.scheduler.instanceId", options.instanceId());
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(options.threads()));
        properties.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        properties.setProperty("org.quartz.threadPool.threadNamePrefix", "stepline-schedule-" + options.instanceId());
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass", postgres
                ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate" : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        properties.setProperty("org.quartz.jobStore.dataSource", dataSource);
        properties.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        // a fire later than this is a misfire: Quartz skips it and catch-up decides (see Schedules)
        properties.setProperty("org.quartz.jobStore.misfireThreshold", "5000");
        properties.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(postgres));
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval",
                Long.toString(options.clusterCheckin().toMillis()));
        properties.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        StdSchedulerFactory factory = new StdSchedulerFactory(properties);
        Scheduler scheduler = factory.getScheduler();
        // The repository hands out one scheduler per name per JVM; engines sharing a JVM (tests,
        // an embedding application) each need their own instance of the clustered scheduler.
        SchedulerRepository.getInstance().remove(SCHEDULER_NAME);
        return scheduler;
    }

    static boolean isPostgres(DataSource pool) {
        try (Connection connection = pool.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the store to set up schedules: " + e.getMessage(), e);
        }
    }
}
