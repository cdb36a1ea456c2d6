package com.cakeflow.simulation;

import com.cakeflow.identity.Stores;
import com.cakeflow.inventory.Inventory;
import com.cakeflow.fulfillment.KitchenQueue;
import com.cakeflow.kitchen.WorkMinutes;
import com.cakeflow.order.OrderManagement;
import com.cakeflow.staffing.StaffRoster;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/** Only in a simulation's own application context: the simulated clock replaces the system clock, and the simulator. */
@Configuration(proxyBeanMethods = false)
@Profile("simulation")
class SimulationConfiguration {

	@Bean
	@Primary
	SimulationClock simulationClock() {
		return new SimulationClock(Instant.now());
	}

	@Bean
	ShopDaySimulator shopDaySimulator(OrderManagement orders, com.cakeflow.order.process.OrderTasks orderTasks,
			com.cakeflow.order.process.Rematching rematching, ProcessEngine engine, KitchenQueue queue, WorkMinutes workMinutes,
			StaffRoster roster, Inventory inventory, Stores stores, SimulationClock clock, com.cakeflow.order.InscriptionProofs proofs) {
		return new ShopDaySimulator(new SimulatedShop(stores, roster, inventory), new SimulatedCounter(orders, proofs),
				new SimulatedTimers(engine.getManagementService(), rematching), orderTasks, engine.getTaskService(), queue, workMinutes, clock);
	}
}
