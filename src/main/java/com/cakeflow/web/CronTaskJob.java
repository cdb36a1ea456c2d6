package com.cakeflow.web;

import com.cakeflow.shared.CronJobs;
import java.util.List;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The one Quartz job class: runs the module's {@link CronJobs.Task} whose group and name the job has, once per
 * scheduled fire across the cluster (taken in {@link JobRuns} first; a fire already taken is skipped and logged).
 */
@DisallowConcurrentExecution
public class CronTaskJob extends QuartzJobBean {

	private static final Logger log = LoggerFactory.getLogger(CronTaskJob.class);

	private List<CronJobs.Task> tasks;
	private JobRuns runs;

	@Autowired
	public void setTasks(List<CronJobs.Task> tasks) {
		this.tasks = tasks;
	}

	@Autowired
	public void setRuns(JobRuns runs) {
		this.runs = runs;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
		var key = context.getJobDetail().getKey();
		var task = tasks.stream().filter(t -> t.group().equals(key.getGroup()) && t.name().equals(key.getName())).findFirst()
			.orElseThrow(() -> new JobExecutionException("no task " + key + " on this node"));
		var fire = (context.getScheduledFireTime() == null ? context.getFireTime() : context.getScheduledFireTime()).toInstant();
		var run = runs.start(key.getGroup(), key.getName(), fire, node(context));
		if (run == null) {
			log.warn("job {} fire at {} was run already (another node, or a recovered fire): skipped", key, fire);
			return;
		}
		try {
			task.work().run();
			runs.finish(run, null);
		}
		catch (RuntimeException failed) {
			runs.finish(run, failed.getClass().getSimpleName() + ": " + failed.getMessage());
			throw new JobExecutionException(failed);
		}
	}

	private static String node(JobExecutionContext context) {
		try {
			return context.getScheduler().getSchedulerInstanceId();
		}
		catch (SchedulerException unknown) {
			return "unknown";
		}
	}
}
