package com.cakeflow.order;

import java.util.EnumSet;
import java.util.Set;

/** Where an order stands; kept on the order row by the process's listeners, in the same transaction as the engine step. */
public enum OrderStatus {
	RECEIVED, AWAITING_DEPOSIT, CONFIRMED, BAKING, DECORATING, PACKING, READY_FOR_PICKUP, OUT_FOR_DELIVERY, COMPLETED, CANCELLED;

	private static final Set<OrderStatus> BEFORE_BAKING = EnumSet.of(RECEIVED, AWAITING_DEPOSIT, CONFIRMED);

	/** The stages an order of this kind goes through, in order (without CANCELLED, which can come at any of them). */
	public static java.util.List<OrderStatus> path(FulfillmentType fulfillment) {
		return java.util.List.of(RECEIVED, AWAITING_DEPOSIT, CONFIRMED, BAKING, DECORATING, PACKING,
				fulfillment == FulfillmentType.PICKUP ? READY_FOR_PICKUP : OUT_FOR_DELIVERY, COMPLETED);
	}

	public boolean isTerminal() {
		return this == COMPLETED || this == CANCELLED;
	}

	/** Nothing has been produced yet. */
	public boolean isBeforeBaking() {
		return BEFORE_BAKING.contains(this);
	}

	/** The inscription can still change: the decorator has not started. */
	public boolean allowsInscriptionChange() {
		return isBeforeBaking() || this == BAKING;
	}

	/** The cakes (flavor) can still change: baking is not done, so the reserved stock has not been consumed. */
	public boolean allowsCakeChange() {
		return isBeforeBaking() || this == BAKING;
	}

	/** The due time can still move: the cake is not on its way yet (a ready cake may be collected later). */
	public boolean allowsDueChange() {
		return allowsInscriptionChange() || this == DECORATING || this == PACKING || this == READY_FOR_PICKUP;
	}
}
