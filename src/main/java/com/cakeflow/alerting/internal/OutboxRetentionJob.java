package com.cakeflow.alerting.internal;

import com.cakeflow.alerting.Notifications;
import com.cakeflow.shared.CronJobs;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Every night at 03:30 (Quartz, {@code cakeflow.jobs.notification-retention-cron}): forgets old sent notifications. */
@DisallowConcurrentExecution
public class OutboxRetentionJob extends QuartzJobBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxRetentionJob.class);

	private Notifications notifications;
	private java.time.Clock clock;

	@Autowired
	public void setNotifications(Notifications notifications) {
		this.notifications = notifications;
	}

	@Autowired
	public void setClock(java.time.Clock clock) {
		this.clock = clock;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		int deleted = notifications.forgetOld(clock.instant());
		if (deleted > 0) {
			log.info("notification retention: {} old notifications deleted", deleted);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		JobDetail outboxRetentionJobDetail() {
			return CronJobs.job(OutboxRetentionJob.class, "notifications", "retention",
					"deletes notifications sent or given up more than cakeflow.notifications.retention ago");
		}

		@Bean
		Trigger outboxRetentionTrigger(JobDetail outboxRetentionJobDetail,
				@Value("${cakeflow.jobs.notification-retention-cron:0 30 3 * * ?}") String cron, @Value("${cakeflow.jobs.zone:Asia/Shanghai}") String zone) {
			return CronJobs.trigger(outboxRetentionJobDetail, cron, zone, CronJobs.Missed.RUN_ONCE);
		}
	}
}
