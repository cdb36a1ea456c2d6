package com.cakeflow.planning;

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

/** Every evening (Quartz, {@code cakeflow.planning.cron} in {@code cakeflow.planning.zone}): tomorrow's plan for every store. */
@DisallowConcurrentExecution
public class EveningPlanJob extends QuartzJobBean {

	private static final Logger log = LoggerFactory.getLogger(EveningPlanJob.class);

	private ProductionPlanner planner;

	@Autowired
	public void setPlanner(ProductionPlanner planner) {
		this.planner = planner;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		for (var plan : planner.planTomorrow("system")) {
			log.info("production plan {} {}: {} orders, {} late (EDD {}), score {}", plan.storeCode(), plan.day(), plan.orders(), plan.smart().lateOrders(),
					plan.edd().lateOrders(), plan.smart().score());
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "cakeflow.planning.evening.enabled", havingValue = "true", matchIfMissing = true)
	static class Schedule {

		@Bean
		JobDetail eveningPlanJobDetail() {
			return CronJobs.job(EveningPlanJob.class, "planning", "eveningPlan", "tomorrow's production plan for every store");
		}

		@Bean
		Trigger eveningPlanTrigger(JobDetail eveningPlanJobDetail, @Value("${cakeflow.planning.evening.cron:0 0 20 * * ?}") String cron,
				@Value("${cakeflow.planning.evening.zone:Asia/Shanghai}") String zone) {
			return CronJobs.trigger(eveningPlanJobDetail, cron, zone, CronJobs.Missed.RUN_ONCE);
		}
	}
}
