package com.cakeflow;

import com.cakeflow.inventory.Inventory;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Before each integration test the demo store has plenty of every item, so no order waits on a shortage it is not about. */
class PlentyOfStock implements BeforeEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		var spring = SpringExtension.getApplicationContext(context);
		TestStock.plenty(spring.getBean(Inventory.class), spring.getBean(JdbcClient.class));
	}
}
