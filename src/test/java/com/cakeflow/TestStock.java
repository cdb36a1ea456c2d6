package com.cakeflow;

import com.cakeflow.inventory.Inventory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tests that are not about stock give the demo store plenty of everything, so no order waits on a shortage. */
public final class TestStock {

	private TestStock() {
	}

	public static long demoStore(JdbcClient jdbc) {
		return jdbc.sql("select id from store where code = 'SH01'").query(Long.class).single();
	}

	public static void plenty(Inventory inventory, JdbcClient jdbc) {
		plenty(inventory, demoStore(jdbc));
	}

	/** Plenty of every item in a store (a test's store of its own). */
	public static void plenty(Inventory inventory, long store) {
		for (var item : inventory.items(store)) {
			if (item.available() < 100_000) {
				inventory.adjust(store, new Inventory.Adjustment(item.code(), 100_000, "test stock", null, null), "test");
			}
		}
	}

	/** Takes every available unit of an item away (a count that finds none). */
	public static void none(Inventory inventory, JdbcClient jdbc, String itemCode) {
		long store = demoStore(jdbc);
		long available = inventory.item(store, itemCode).item().available();
		if (available > 0) {
			inventory.adjust(store, new Inventory.Adjustment(itemCode, -available, "COUNT none left", null, null), "test");
		}
	}
}
