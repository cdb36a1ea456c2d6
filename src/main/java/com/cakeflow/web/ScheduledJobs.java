package com.cakeflow.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * CakeFlow's Quartz jobs as an admin sees them: schedule, last and next fire, whether one is running right now (on
 * this node), and a manual run (fired through the clustered scheduler, so it runs once, on whichever node takes it).
 */
@Service
public class ScheduledJobs {

	private static final Logger log = LoggerFactory.getLogger(ScheduledJobs.class);

	private final Scheduler scheduler;
	private final Set<JobKey> configured;

	ScheduledJobs(Scheduler scheduler, List<JobDetail> jobs) {
		this.scheduler = scheduler;
		this.configured = jobs.stream().map(JobDetail::getKey).collect(Collectors.toSet());
	}

	/**
	 * Jobs stored in the database by an earlier start whose bean is gone (switched off by a property, or removed) are
	 * deleted, or their triggers would keep firing from the shared job store.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void removeUnconfiguredJobs() throws SchedulerException {
		for (var key : scheduler.getJobKeys(GroupMatcher.anyJobGroup())) {
			if (!configured.contains(key)) {
				scheduler.deleteJob(key);
				log.info("Quartz job {} is no longer configured: removed with its triggers", key);
			}
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
