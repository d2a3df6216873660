package io.stepline.schedule;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/** The Quartz job of every schedule: hands the fire to the engine's {@link Firing}. */
public final class FireJob implements Job {
    static final String FIRING = "stepline.firing";
    static final String PIPELINE = "pipeline";
    static final String SCHEDULE = "schedule";

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            Firing firing = (Firing) context.getScheduler().getContext().get(FIRING);
            var data = context.getMergedJobDataMap();
            firing.fire(data.getString(PIPELINE), data.getString(SCHEDULE), context.getScheduledFireTime().toInstant());
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        }
    }
}
