package com.cakeflow.inventory;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Stores;
import com.cakeflow.shared.CronJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The inventory's scheduled work. */
@Configuration(proxyBeanMethods = false)
class InventoryJobs {

	private static final Logger log = LoggerFactory.getLogger(InventoryJobs.class);

	/**
	 * Every hour ({@code cakeflow.jobs.low-stock-cron}): every store's items against their reorder points, so stock that
	 * went low without a movement through CakeFlow (expired lots, a count) raises its LOW_STOCK alert too.
	 */
	@Bean
	CronJobs.Task lowStockScanTask(Inventory inventory, Stores stores, @Value("${cakeflow.jobs.low-stock-cron:0 5 * * * ?}") String cron) {
		return new CronJobs.Task("inventory", "lowStockScan", "items under their reorder point raise LOW_STOCK alerts", cron, CronJobs.Missed.RUN_ONCE,
				() -> {
					for (var store : stores.all()) {
						int low = inventory.scanLowStock(store.id(), CurrentActor.SYSTEM).size();
						if (low > 0) {
							log.info("low-stock scan {}: {} items under their reorder point", store.code(), low);
						}
					}
				});
	}
}
