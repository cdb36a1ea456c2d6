package com.cakeflow.shared;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * How CakeFlow's modules declare their Quartz jobs: a durable job and one cron trigger of the same name and group, in
 * the shared clustered job store. A fire missed while every node was down either runs once at start
 * ({@link Missed#RUN_ONCE}, for daily work) or waits for the next one ({@link Missed#SKIP}, for frequent work).
 */
public final class CronJobs {

	private CronJobs() {
	}

	/** What to do with fires missed while no node was up. */
	public enum Missed {
		RUN_ONCE, SKIP
	}

	public static JobDetail job(Class<? extends Job> type, String group, String name, String description) {
		return JobBuilder.newJob(type).withIdentity(name, group).withDescription(description).storeDurably().build();
	}

	/** The job's trigger on {@code cron} in {@code zone} (a zone id, e.g. {@code Asia/Shanghai}). */
	public static Trigger trigger(JobDetail job, String cron, String zone, Missed missed) {
		var schedule = CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone));
		schedule = missed == Missed.RUN_ONCE ? schedule.withMisfireHandlingInstructionFireAndProceed() : schedule.withMisfireHandlingInstructionDoNothing();
		return TriggerBuilder.newTrigger().forJob(job).withIdentity(job.getKey().getName(), job.getKey().getGroup()).withSchedule(schedule).build();
	}
}
