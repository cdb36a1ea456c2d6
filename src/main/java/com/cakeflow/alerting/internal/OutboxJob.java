package com.cakeflow.alerting.internal;

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

/** Every few seconds (Quartz, {@code cakeflow.notifications.sender.cron}): sends the outbox's due notifications. */
@DisallowConcurrentExecution
public class OutboxJob extends QuartzJobBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxJob.class);

	private OutboxSender sender;
	private java.time.Clock clock;

	@Autowired
	public void setOutboxSender(OutboxSender sender) {
		this.sender = sender;
	}

	@Autowired
	public void setClock(java.time.Clock clock) {
		this.clock = clock;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		int sent = sender.sendDue(clock.instant());
		if (sent > 0) {
			log.debug("outbox: {} notifications sent", sent);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "cakeflow.notifications.sender.enabled", havingValue = "true", matchIfMissing = true)
	static class Schedule {

		@Bean
		JobDetail outboxJobDetail() {
			return CronJobs.job(OutboxJob.class, "notifications", "outbox", "sends due notifications (mail, text)");
		}

		@Bean
		Trigger outboxTrigger(JobDetail outboxJobDetail, @Value("${cakeflow.notifications.sender.cron:0/15 * * * * ?}") String cron,
				@Value("${cakeflow.jobs.zone:Asia/Shanghai}") String zone) {
			return CronJobs.trigger(outboxJobDetail, cron, zone, CronJobs.Missed.SKIP);
		}
	}
}
