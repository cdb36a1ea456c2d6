package com.cakeflow.customer;

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

/**
 * Every morning at 10:00 (Quartz, {@code cakeflow.jobs.birthday-cron} in {@code cakeflow.jobs.zone}): the birthday
 * reminders of the day. A morning missed while every node was down runs once at restart (each reminder goes once per
 * person and year anyway).
 */
@DisallowConcurrentExecution
public class BirthdayReminderJob extends QuartzJobBean {

	private static final Logger log = LoggerFactory.getLogger(BirthdayReminderJob.class);

	private BirthdayReminders reminders;

	@Autowired
	public void setBirthdayReminders(BirthdayReminders reminders) {
		this.reminders = reminders;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		int queued = reminders.remindToday();
		if (queued > 0) {
			log.info("birthday reminders: {} messages queued", queued);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		JobDetail birthdayReminderJobDetail() {
			return CronJobs.job(BirthdayReminderJob.class, "customer", "birthdayReminders",
					"customers who agreed get a reminder of their own and their family's birthdays a week ahead");
		}

		@Bean
		Trigger birthdayReminderTrigger(JobDetail birthdayReminderJobDetail, @Value("${cakeflow.jobs.birthday-cron:0 0 10 * * ?}") String cron,
				@Value("${cakeflow.jobs.zone:Asia/Shanghai}") String zone) {
			return CronJobs.trigger(birthdayReminderJobDetail, cron, zone, CronJobs.Missed.RUN_ONCE);
		}
	}
}
