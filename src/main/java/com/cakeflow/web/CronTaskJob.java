package com.cakeflow.web;

import com.cakeflow.shared.CronJobs;
import java.util.List;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The one Quartz job class: runs the module's {@link CronJobs.Task} whose group and name the job has. */
@DisallowConcurrentExecution
public class CronTaskJob extends QuartzJobBean {

	private List<CronJobs.Task> tasks;

	@Autowired
	public void setTasks(List<CronJobs.Task> tasks) {
		this.tasks = tasks;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
		var key = context.getJobDetail().getKey();
		var task = tasks.stream().filter(t -> t.group().equals(key.getGroup()) && t.name().equals(key.getName())).findFirst()
			.orElseThrow(() -> new JobExecutionException("no task " + key + " on this node"));
		task.work().run();
	}
}
