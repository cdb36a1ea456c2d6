package com.cakeflow.inventory;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Stores;
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
 * Every hour (Quartz, {@code cakeflow.jobs.low-stock-cron}): every store's items against their reorder points, so stock
 * that went low without a movement through CakeFlow (expired lots, a count) raises its LOW_STOCK alert too.
 */
@DisallowConcurrentExecution
public class LowStockScanJob extends QuartzJobBean {

	private static final Logger log = LoggerFactory.getLogger(LowStockScanJob.class);

	private Inventory inventory;
	private Stores stores;

	@Autowired
	public void setInventory(Inventory inventory) {
		this.inventory = inventory;
	}

	@Autowired
	public void setStores(Stores stores) {
		this.stores = stores;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		for (var store : stores.all()) {
			int low = inventory.scanLowStock(store.id(), CurrentActor.SYSTEM).size();
			if (low > 0) {
				log.info("low-stock scan {}: {} items under their reorder point", store.code(), low);
			}
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		JobDetail lowStockScanJobDetail() {
			return CronJobs.job(LowStockScanJob.class, "inventory", "lowStockScan", "items under their reorder point raise LOW_STOCK alerts");
		}

		@Bean
		Trigger lowStockScanTrigger(JobDetail lowStockScanJobDetail, @Value("${cakeflow.jobs.low-stock-cron:0 5 * * * ?}") String cron,
				@Value("${cakeflow.jobs.zone:Asia/Shanghai}") String zone) {
			return CronJobs.trigger(lowStockScanJobDetail, cron, zone, CronJobs.Missed.RUN_ONCE);
		}
	}
}
