package com.cakeflow.order.process;

import com.cakeflow.shared.CronJobs;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Every few minutes (Quartz, {@code cakeflow.matching.shift-check.cron}, default every 5 minutes): open tasks of people
 * whose shift is over and who are not back before the task's latest start go to somebody on shift.
 */
@DisallowConcurrentExecution
public class ShiftEndJob extends QuartzJobBean {

	private static final Logger log = LoggerFactory.getLogger(ShiftEndJob.class);

	private Rematching rematching;

	@Autowired
	public void setRematching(Rematching rematching) {
		this.rematching = rematching;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		int moved = rematching.shiftsEnded();
		if (moved > 0) {
			log.info("shift end: {} open tasks handed over", moved);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "cakeflow.matching.shift-check.enabled", havingValue = "true", matchIfMissing = true)
	static class Schedule {

		@Bean
		JobDetail shiftEndJobDetail() {
			return CronJobs.job(ShiftEndJob.class, "matching", "shiftEnd", "hands over open tasks of people whose shift is over");
		}

		@Bean
		Trigger shiftEndTrigger(JobDetail shiftEndJobDetail, @Value("${cakeflow.matching.shift-check.cron:0 */5 * * * ?}") String cron,
				@Value("${cakeflow.jobs.zone:Asia/Shanghai}") String zone) {
			return CronJobs.trigger(shiftEndJobDetail, cron, zone, CronJobs.Missed.SKIP);
		}
	}
}
