package com.cakeflow.order.process;

import com.cakeflow.shared.CronJobs;
import org.camunda.bpm.engine.HistoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The order module's scheduled work ({@code cakeflow.jobs.*} cron expressions in {@code cakeflow.jobs.zone}): the
 * nightly window in which Camunda's history of finished
 * orders (older than the process's history time to live) is cleaned up, and the hand-over of tasks at shift end. A fire
 * missed while every node was down runs once at restart, except the frequent ones, which simply run at their next time.
 */
@Configuration(proxyBeanMethods = false)
public class OrderJobs {

	private static final Logger log = LoggerFactory.getLogger(OrderJobs.class);

	/** Starts Camunda's history cleanup now (the engine's job executor removes finished instances past their time to live). */
	@Bean
	CronJobs.Task historyCleanupTask(HistoryService history, @Value("${cakeflow.jobs.history-cleanup-cron:0 0 2 * * ?}") String cron) {
		return new CronJobs.Task("camunda", "historyCleanup", "Camunda history cleanup of finished orders past their time to live", cron,
				CronJobs.Missed.RUN_ONCE, () -> log.info("Camunda history cleanup started (job {})", history.cleanUpHistoryAsync(true).getId()));
	}

	/** Every minute: the stores whose at-risk interval has passed are scanned for cakes that will be late. */
	@Bean
	CronJobs.Task atRiskScanTask(AtRiskScan scan, @Value("${cakeflow.jobs.at-risk-cron:0 * * * * ?}") String cron) {
		return new CronJobs.Task("orders", "atRiskScan", "predicts which cakes in the kitchen will be late", cron, CronJobs.Missed.SKIP, () -> {
			int checked = scan.scanDueStores();
			if (checked > 0) {
				log.debug("at-risk scan: {} orders checked", checked);
			}
		});
	}

	/**
	 * Every few minutes ({@code cakeflow.matching.shift-check.cron}): open tasks of people whose shift is over and who are
	 * not back before the task's latest start go to somebody on shift.
	 */
	@Bean
	@ConditionalOnProperty(name = "cakeflow.matching.shift-check.enabled", havingValue = "true", matchIfMissing = true)
	CronJobs.Task shiftEndTask(Rematching rematching, @Value("${cakeflow.matching.shift-check.cron:0 */5 * * * ?}") String cron) {
		return new CronJobs.Task("matching", "shiftEnd", "hands over open tasks of people whose shift is over", cron, CronJobs.Missed.SKIP, () -> {
			int moved = rematching.shiftsEnded();
			if (moved > 0) {
				log.info("shift end: {} open tasks handed over", moved);
			}
		});
	}
}
