package com.cakeflow.staffing;

import com.cakeflow.events.OrderCancelled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A cancelled order's people get its minutes back, after the cancellation has committed (matching the next order a
 * moment later against minutes that are already free only makes it fairer, never wrong). Repeat-safe: releasing
 * what is released already changes nothing.
 */
@Component
class CancelledOrderStaff {

	private final StaffMatching matching;

	CancelledOrderStaff(StaffMatching matching) {
		this.matching = matching;
	}

	@ApplicationModuleListener
	void on(OrderCancelled cancelled) {
		matching.releaseAll(cancelled.orderId());
	}
}
