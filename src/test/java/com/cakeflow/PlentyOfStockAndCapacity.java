package com.cakeflow;

import com.cakeflow.inventory.Inventory;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Before each integration test the demo stores have plenty of every item and of kitchen capacity (a manager's adjustment
 * of a hundred extra people per station), so no order waits on a shortage or is turned away by capacity it is not
 * about. Tests about capacity use a store of their own.
 */
class PlentyOfStockAndCapacity implements BeforeEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		var spring = SpringExtension.getApplicationContext(context);
		var jdbc = spring.getBean(JdbcClient.class);
		var clock = spring.getBean(java.time.Clock.class);
		TestOrders.useClock(clock);
		// both demo stores: 静安店 (SH01) and 徐汇店 (SH02), whose own staff the store-membership tests work with
		for (long store : jdbc.sql("select id from store where code in ('SH01', 'SH02')").query(Long.class).list()) {
			TestStock.plenty(spring.getBean(Inventory.class), store);
			var until = clock.instant().plus(java.time.Duration.ofDays(40));
			if (jdbc.sql("select count(*) from capacity_adjustment where store_id = ? and reason = 'test capacity' and ends_at > ?")
				.params(store, java.sql.Timestamp.from(until.minus(java.time.Duration.ofDays(10)))).query(Long.class).single() == 0) {
				var capacity = spring.getBean(com.cakeflow.kitchen.Capacity.class);
				for (var station : com.cakeflow.kitchen.Station.values()) {
					capacity.adjust(store, station, clock.instant().minus(java.time.Duration.ofDays(1)), until, 100, "test capacity", "test");
				}
			}
		}
	}
}
