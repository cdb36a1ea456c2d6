package com.cakeflow.customer;

import com.cakeflow.shared.CronJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The customer module's scheduled work. */
@Configuration(proxyBeanMethods = false)
class CustomerJobs {

	private static final Logger log = LoggerFactory.getLogger(CustomerJobs.class);

	/**
	 * Every morning at 10:00 ({@code cakeflow.jobs.birthday-cron}): the day's birthday reminders. A morning missed while
	 * every node was down runs once at restart (each reminder goes once per person and year anyway).
	 */
	@Bean
	CronJobs.Task birthdayReminderTask(BirthdayReminders reminders, @Value("${cakeflow.jobs.birthday-cron:0 0 10 * * ?}") String cron) {
		return new CronJobs.Task("customer", "birthdayReminders", "customers who agreed get a reminder of their own and their family's birthdays a week ahead",
				cron, CronJobs.Missed.RUN_ONCE, () -> {
					int queued = reminders.remindToday();
					if (queued > 0) {
						log.info("birthday reminders: {} messages queued", queued);
					}
				});
	}
}
