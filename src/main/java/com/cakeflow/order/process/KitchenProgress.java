package com.cakeflow.order.process;

import com.cakeflow.order.TimelineType;
import com.cakeflow.order.KitchenWorkStarted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Puts the kitchen's "started" taps on the order's timeline, in the transaction that started the work. */
@Component
class KitchenProgress {

	private final OrderWorkflow workflow;

	KitchenProgress(OrderWorkflow workflow) {
		this.workflow = workflow;
	}

	@EventListener
	void on(KitchenWorkStarted started) {
		workflow.log(started.orderId(), TimelineType.WORK_STARTED, TimelineType.details("station", started.station().name(), "person", started.user()));
	}
}
