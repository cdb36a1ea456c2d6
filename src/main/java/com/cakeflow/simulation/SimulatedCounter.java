package com.cakeflow.simulation;

import com.cakeflow.order.InscriptionProofs;
import com.cakeflow.order.NewOrderRequest;
import com.cakeflow.order.OrderManagement;
import com.cakeflow.order.OrderStatus;
import com.cakeflow.order.PlacedOrder;

/** The shop's counter in a simulated day: orders taken (inscription read back, deposit paid online) and handed over. */
final class SimulatedCounter {

	private final OrderManagement orders;
	private final InscriptionProofs proofs;

	SimulatedCounter(OrderManagement orders, InscriptionProofs proofs) {
		this.orders = orders;
		this.proofs = proofs;
	}

	/** Takes the order as a clerk would; a refusal (capacity, stock) is the {@code DomainProblem} intake throws. */
	PlacedOrder take(NewOrderRequest request) {
		var placed = orders.place(request, null);
		proofs.confirm(placed.orderNumber(), InscriptionProofs.Method.READ_BACK, "simulation"); // the clerk reads it back at the counter
		if (placed.status() == OrderStatus.AWAITING_DEPOSIT) {
			orders.pay(placed.orderNumber(), placed.depositFen(), "ONLINE");
		}
		return placed;
	}

	void handOver(String number, String pickupCode) {
		orders.handOver(number, pickupCode);
	}
}
