package com.cakeflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The catalog on its own: its module's beans and nothing of the modules that use it (orders, kitchen, entry),
 * reading the demo store's catalog from the database the migrations wrote. Its context shares the suite's database,
 * so it runs no jobs (the engine's job executor would take the other context's jobs without their delegates) and is
 * closed when the class is done.
 */
@ApplicationModuleTest
@TestPropertySource(properties = { "camunda.bpm.job-execution.enabled=false", "spring.quartz.auto-startup=false" })
@DirtiesContext
class CatalogModuleTests {

	@Autowired
	Catalog catalog;
	@Autowired
	ApplicationContext context;

	@Test
	void readsSizesFlavorsAndAddOnsWithoutAnyModuleThatUsesIt() {
		assertThat(catalog.sizes()).extracting(CakeSize::inches).contains(6, 8, 10, 12);
		assertThat(catalog.flavor("CHOCOLATE")).get().extracting(Flavor::nameZh).isEqualTo("巧克力");
		assertThat(catalog.addOns()).isNotEmpty();
		assertThat(context.getBeanNamesForType(com.cakeflow.order.OrderManagement.class)).as("the order module is not started").isEmpty();
		assertThat(context.getBeanNamesForType(com.cakeflow.kitchen.Capacity.class)).isEmpty();
	}
}
