package com.cakeflow.web;

import com.cakeflow.shared.CronJobs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * CakeFlow's Quartz jobs: every module's {@link CronJobs.Task} is stored in the shared clustered job store at start
 * (before the scheduler runs), and jobs an earlier start stored whose task is gone are removed. As an admin sees them:
 * schedule, last and next fire, whether one is running right now (on this node), and a manual run (fired through the
 * clustered scheduler, so it runs once, on whichever node takes it).
 */
@Service
public class ScheduledJobs implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ScheduledJobs.class);

	private final Scheduler scheduler;
	private final List<CronJobs.Task> tasks;
	private final String zone;

	ScheduledJobs(Scheduler scheduler, List<CronJobs.Task> tasks, @Value("${cakeflow.jobs.zone:Asia/Shanghai}") String zone) {
		this.scheduler = scheduler;
		this.tasks = tasks;
		this.zone = zone;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			var configured = new java.util.HashSet<JobKey>();
			for (var task : tasks) {
				var job = JobBuilder.newJob(CronTaskJob.class).withIdentity(task.name(), task.group()).withDescription(task.description()).storeDurably()
					.build();
				var schedule = CronScheduleBuilder.cronSchedule(task.cron()).inTimeZone(TimeZone.getTimeZone(task.zone() == null ? zone : task.zone()));
				schedule = task.missed() == CronJobs.Missed.RUN_ONCE ? schedule.withMisfireHandlingInstructionFireAndProceed()
						: schedule.withMisfireHandlingInstructionDoNothing();
				var trigger = TriggerBuilder.newTrigger().forJob(job).withIdentity(task.name(), task.group()).withSchedule(schedule).build();
				if (sameSchedule(scheduler.getTrigger(trigger.getKey()), trigger)) {
					// another node (or an earlier start) stored it already: a new trigger would fire the last second's fire again
					scheduler.addJob(job, true);
				}
				else {
					scheduler.scheduleJob(job, Set.of(trigger), true);
				}
				configured.add(job.getKey());
			}
			for (var key : scheduler.getJobKeys(GroupMatcher.anyJobGroup())) {
				if (!configured.contains(key)) { // switched off by a property, or removed: its trigger would keep firing
					scheduler.deleteJob(key);
					log.info("Quartz job {} is no longer configured: removed with its triggers", key);
				}
			}
		}
		catch (SchedulerException failed) {
			throw new IllegalStateException("Quartz jobs could not be stored", failed);
		}
	}

	public List<JobInfo> jobs() throws SchedulerException {
		var running = scheduler.getCurrentlyExecutingJobs().stream().map(context -> context.getJobDetail().getKey()).collect(Collectors.toSet());
		var result = new ArrayList<JobInfo>();
		for (var key : scheduler.getJobKeys(GroupMatcher.anyJobGroup())) {
			var detail = scheduler.getJobDetail(key);
			var triggers = scheduler.getTriggersOfJob(key);
			String cron = null;
			String zone = null;
			Date previous = null;
			Date next = null;
			String state = "NONE";
			for (var trigger : triggers) {
				if (trigger instanceof CronTrigger cronTrigger && cron == null) {
					cron = cronTrigger.getCronExpression();
					zone = cronTrigger.getTimeZone().getID();
				}
				previous = latest(previous, trigger.getPreviousFireTime());
				next = earliest(next, trigger.getNextFireTime());
				if (state.equals("NONE")) {
					state = scheduler.getTriggerState(trigger.getKey()).name();
				}
			}
			result.add(new JobInfo(key.getGroup(), key.getName(), detail.getDescription(), cron, zone, state, instant(previous), instant(next),
					running.contains(key), scheduler.isStarted() && !scheduler.isInStandbyMode()));
		}
		result.sort(Comparator.comparing(JobInfo::group).thenComparing(JobInfo::name));
		return result;
	}

	/** Fires the job now; false for an unknown job. */
	public boolean run(String group, String name) throws SchedulerException {
		var key = JobKey.jobKey(name, group);
		if (!scheduler.checkExists(key)) {
			return false;
		}
		scheduler.triggerJob(key);
		return true;
	}

	private static boolean sameSchedule(org.quartz.Trigger stored, CronTrigger wanted) {
		return stored instanceof CronTrigger cron && cron.getCronExpression().equals(wanted.getCronExpression())
				&& cron.getTimeZone().getID().equals(wanted.getTimeZone().getID()) && cron.getMisfireInstruction() == wanted.getMisfireInstruction();
	}

	private static Date latest(Date a, Date b) {
		return a == null ? b : b == null || a.after(b) ? a : b;
	}

	private static Date earliest(Date a, Date b) {
		return a == null ? b : b == null || a.before(b) ? a : b;
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

	/**
	 * A job: its cron schedule and zone, trigger state (NORMAL, PAUSED, BLOCKED while running, ERROR), the last and next
	 * fire of any node, whether it runs on this node now, and whether this node's scheduler is running at all.
	 */
	public record JobInfo(String group, String name, String description, String cron, String timeZone, String state, Instant previousFireTime,
			Instant nextFireTime, boolean runningHere, boolean schedulerStarted) {
	}
}
