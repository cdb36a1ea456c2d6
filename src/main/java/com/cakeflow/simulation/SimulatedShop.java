package com.cakeflow.simulation;

import com.cakeflow.identity.StoreInfo;
import com.cakeflow.identity.Stores;
import com.cakeflow.inventory.Inventory;
import com.cakeflow.staffing.StaffRoster;
import java.util.List;

/** The store a simulated day runs in, set up for it: the scenario's people on the roster, plenty of every item. */
final class SimulatedShop {

	private final Stores stores;
	private final StaffRoster roster;
	private final Inventory inventory;

	SimulatedShop(Stores stores, StaffRoster roster, Inventory inventory) {
		this.stores = stores;
		this.roster = roster;
		this.inventory = inventory;
	}

	/** The scenario's store (one of the caller's), with exactly these people and plenty of stock. */
	StoreInfo open(String storeCode, List<StaffRoster.Person> people) {
		var store = stores.named(storeCode, "store");
		roster.replace(store.id(), people);
		stockUp(store.id());
		return store;
	}

	/** Stock is not what a shop day is about here: every item gets plenty. */
	private void stockUp(long storeId) {
		for (var item : inventory.items(storeId)) {
			if (item.available() < 1_000_000) {
				inventory.adjust(storeId, new Inventory.Adjustment(item.code(), 1_000_000, "simulation stock", "SIM", null), "simulation");
			}
		}
	}
}
