package com.cakeflow.planning;

import com.cakeflow.shared.CronJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Production planning's scheduled work. */
@Configuration(proxyBeanMethods = false)
class PlanningJobs {

	private static final Logger log = LoggerFactory.getLogger(PlanningJobs.class);

	/** Every evening ({@code cakeflow.planning.evening.cron} in {@code cakeflow.planning.evening.zone}): tomorrow's plan for every store. */
	@Bean
	@ConditionalOnProperty(name = "cakeflow.planning.evening.enabled", havingValue = "true", matchIfMissing = true)
	CronJobs.Task eveningPlanTask(ProductionPlanner planner, @Value("${cakeflow.planning.evening.cron:0 0 20 * * ?}") String cron,
			@Value("${cakeflow.planning.evening.zone:Asia/Shanghai}") String zone) {
		return new CronJobs.Task("planning", "eveningPlan", "tomorrow's production plan for every store", cron, zone, CronJobs.Missed.RUN_ONCE, () -> {
			for (var plan : planner.planTomorrow("system")) {
				log.info("production plan {} {}: {} orders, {} late (EDD {}), score {}", plan.storeCode(), plan.day(), plan.orders(),
						plan.smart().lateOrders(), plan.edd().lateOrders(), plan.smart().score());
			}
		});
	}
}
