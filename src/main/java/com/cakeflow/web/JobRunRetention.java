package com.cakeflow.web;

import com.cakeflow.shared.CronJobs;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps the record of job runs bounded: runs older than {@code cakeflow.jobs.run-retention} (30 days) are deleted nightly. */
@Configuration(proxyBeanMethods = false)
class JobRunRetention {

	@Bean
	CronJobs.Task jobRunRetentionTask(JdbcClient jdbc, Clock clock, @Value("${cakeflow.jobs.run-retention:P30D}") Duration retention,
			@Value("${cakeflow.jobs.run-retention-cron:0 40 3 * * ?}") String cron) {
		return new CronJobs.Task("jobs", "runRetention", "deletes the record of job runs older than cakeflow.jobs.run-retention", cron,
				CronJobs.Missed.RUN_ONCE, () -> jdbc.sql("delete from job_run where started_at < ?")
					.param(java.sql.Timestamp.from(clock.instant().minus(retention))).update());
	}
}
