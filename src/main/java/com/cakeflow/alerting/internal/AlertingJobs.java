package com.cakeflow.alerting.internal;

import com.cakeflow.alerting.ManagerDigest;
import com.cakeflow.alerting.Notifications;
import com.cakeflow.alerting.Reminders;
import com.cakeflow.shared.CronJobs;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Alerting's scheduled work: sending what is due from the outbox, forgetting old notifications, the managers' morning
 * digest and the modules' customer reminders. The digest and reminder jobs keep the names they had in the order
 * module ({@code orders/dailyDigest}, {@code orders/pickupReminders}), which the jobs page and its API use.
 */
@Configuration(proxyBeanMethods = false)
class AlertingJobs {

	private static final Logger log = LoggerFactory.getLogger(AlertingJobs.class);

	/** Every 15 s ({@code cakeflow.notifications.sender.cron}): sends the due notifications. */
	@Bean
	@ConditionalOnProperty(name = "cakeflow.notifications.sender.enabled", havingValue = "true", matchIfMissing = true)
	CronJobs.Task outboxTask(OutboxSender sender, Clock clock, @Value("${cakeflow.notifications.sender.cron:0/15 * * * * ?}") String cron) {
		return new CronJobs.Task("notifications", "outbox", "sends due notifications (mail, text)", cron, CronJobs.Missed.SKIP, () -> {
			int sent = sender.sendDue(clock.instant());
			if (sent > 0) {
				log.debug("outbox: {} notifications sent", sent);
			}
		});
	}

	/** Every night at 03:30 ({@code cakeflow.jobs.notification-retention-cron}): forgets old sent notifications. */
	@Bean
	CronJobs.Task outboxRetentionTask(Notifications notifications, Clock clock,
			@Value("${cakeflow.jobs.notification-retention-cron:0 30 3 * * ?}") String cron) {
		return new CronJobs.Task("notifications", "retention", "deletes notifications sent or given up more than cakeflow.notifications.retention ago",
				cron, CronJobs.Missed.RUN_ONCE, () -> {
					int deleted = notifications.forgetOld(clock.instant());
					if (deleted > 0) {
						log.info("notification retention: {} old notifications deleted", deleted);
					}
				});
	}

	@Bean
	CronJobs.Task digestTask(ManagerDigest digest, @Value("${cakeflow.jobs.digest-cron:0 30 7 * * ?}") String cron) {
		return new CronJobs.Task("orders", "dailyDigest", "managers' morning digest by mail", cron, CronJobs.Missed.RUN_ONCE,
				() -> log.info("daily digest: {} mails queued", digest.sendDigests()));
	}

	@Bean
	CronJobs.Task pickupReminderTask(java.util.List<Reminders> reminders, Clock clock,
			@Value("${cakeflow.jobs.pickup-reminder-cron:0 */15 * * * ?}") String cron) {
		return new CronJobs.Task("orders", "pickupReminders", "reminds customers of tomorrow's pickups", cron, CronJobs.Missed.SKIP, () -> {
			int queued = reminders.stream().mapToInt(r -> r.sendDue(clock.instant())).sum();
			if (queued > 0) {
				log.info("reminders: {} messages queued", queued);
			}
		});
	}
}
