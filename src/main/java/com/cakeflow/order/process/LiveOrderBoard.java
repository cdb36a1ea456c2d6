package com.cakeflow.order.process;

import com.cakeflow.live.LiveEvents;
import com.cakeflow.order.OrderStatusChanged;
import java.util.LinkedHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the order board and the kitchen screens follow live: every status change and every finished task of an order,
 * recorded with the change ({@link LiveEvents}).
 */
@Component
class LiveOrderBoard {

	private final LiveEvents live;

	LiveOrderBoard(LiveEvents live) {
		this.live = live;
	}

	@EventListener
	void on(OrderStatusChanged changed) {
		var data = new LinkedHashMap<String, Object>();
		data.put("orderNumber", changed.orderNumber());
		data.put("status", changed.status().name());
		data.put("storeId", changed.storeId());
		live.publish(changed.storeId(), LiveEvents.ORDER_STATUS, data);
	}

	void taskCompleted(long storeId, String orderNumber, String task, String by) {
		var data = new LinkedHashMap<String, Object>();
		data.put("orderNumber", orderNumber);
		data.put("task", task);
		data.put("by", by);
		live.publish(storeId, LiveEvents.TASK_COMPLETED, data);
	}
}
