package com.cakeflow.shared;

/**
 * How CakeFlow's modules declare scheduled work: a {@link Task} bean — a name, a cron schedule, what to do with fires
 * missed while no node was up, and the work itself. The web shell's {@code ScheduledJobs} puts every task into the
 * shared clustered Quartz job store as one job and trigger, runs it through one job class that finds the task by name,
 * and removes stored jobs whose task is gone. A module's task is therefore plain Spring wiring: no Quartz job class,
 * nothing for Quartz's job factory to inject.
 */
public final class CronJobs {

	private CronJobs() {
	}

	/** What to do with fires missed while no node was up: run once at start (daily work) or wait for the next (frequent work). */
	public enum Missed {
		RUN_ONCE, SKIP
	}

	/**
	 * Scheduled work of a module, Quartz job {@code group.name}, on {@code cron} in {@code zone} (null: the shops' zone
	 * {@code cakeflow.jobs.zone}).
	 */
	public record Task(String group, String name, String description, String cron, String zone, Missed missed, Runnable work) {

		public Task(String group, String name, String description, String cron, Missed missed, Runnable work) {
			this(group, name, description, cron, null, missed, work);
		}
	}
}
