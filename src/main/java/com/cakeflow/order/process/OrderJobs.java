package com.cakeflow.order.process;

import com.cakeflow.shared.CronJobs;
import org.camunda.bpm.engine.HistoryService;
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

/**
 * The order module's Quartz jobs ({@code cakeflow.jobs.*} cron expressions in {@code cakeflow.jobs.zone}): the managers'
 * morning digest, customers' pickup reminders, and the nightly window in which Camunda's history of finished orders
 * (older than the process's history time to live) is cleaned up. A fire missed while every node was down runs once
 * at restart, except the reminders, which simply run at their next quarter hour.
 */
@Configuration(proxyBeanMethods = false)
public class OrderJobs {

	private static final Logger log = LoggerFactory.getLogger(OrderJobs.class);

	/** The managers' digest of the day, by mail. */
	@DisallowConcurrentExecution
	public static class DigestJob extends QuartzJobBean {

		private ShopDigest digest;

		@Autowired
		public void setShopDigest(ShopDigest digest) {
			this.digest = digest;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			log.info("daily digest: {} mails queued", digest.sendDigests());
		}
	}

	/** Tomorrow's pickups: a reminder to each customer. */
	@DisallowConcurrentExecution
	public static class PickupReminderJob extends QuartzJobBean {

		private ShopDigest digest;

		@Autowired
		public void setShopDigest(ShopDigest digest) {
			this.digest = digest;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			int queued = digest.remindPickups();
			if (queued > 0) {
				log.info("pickup reminders: {} messages queued", queued);
			}
		}
	}

	/** Starts Camunda's history cleanup now (the engine's job executor removes finished instances past their time to live). */
	@DisallowConcurrentExecution
	public static class HistoryCleanupJob extends QuartzJobBean {

		private HistoryService historyService;

		@Autowired
		public void setHistoryService(HistoryService historyService) {
			this.historyService = historyService;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			var job = historyService.cleanUpHistoryAsync(true);
			log.info("Camunda history cleanup started (job {})", job.getId());
		}
	}

	@Bean
	JobDetail digestJobDetail() {
		return CronJobs.job(DigestJob.class, "orders", "dailyDigest", "managers' morning digest by mail");
	}

	@Bean
	Trigger digestTrigger(JobDetail digestJobDetail, @Value("${cakeflow.jobs.digest-cron:0 30 7 * * ?}") String cron,
			@Value("${cakeflow.jobs.zone:Asia/Shanghai}") String zone) {
		return CronJobs.trigger(digestJobDetail, cron, zone, CronJobs.Missed.RUN_ONCE);
	}

	@Bean
	JobDetail pickupReminderJobDetail() {
		return CronJobs.job(PickupReminderJob.class, "orders", "pickupReminders", "reminds customers of tomorrow's pickups");
	}

	@Bean
	Trigger pickupReminderTrigger(JobDetail pickupReminderJobDetail, @Value("${cakeflow.jobs.pickup-reminder-cron:0 */15 * * * ?}") String cron,
			@Value("${cakeflow.jobs.zone:Asia/Shanghai}") String zone) {
		return CronJobs.trigger(pickupReminderJobDetail, cron, zone, CronJobs.Missed.SKIP);
	}

	@Bean
	JobDetail historyCleanupJobDetail() {
		return CronJobs.job(HistoryCleanupJob.class, "camunda", "historyCleanup", "Camunda history cleanup of finished orders past their time to live");
	}

	@Bean
	Trigger historyCleanupTrigger(JobDetail historyCleanupJobDetail, @Value("${cakeflow.jobs.history-cleanup-cron:0 0 2 * * ?}") String cron,
			@Value("${cakeflow.jobs.zone:Asia/Shanghai}") String zone) {
		return CronJobs.trigger(historyCleanupJobDetail, cron, zone, CronJobs.Missed.RUN_ONCE);
	}
}
