package com.cakeflow.order;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An order with everything a screen or a channel needs to show it, times in the store's zone. The headline amounts
 * (total, deposit, paid, balance) sit at the top level like in the intake answer; {@code price} has the breakdown.
 */
public record OrderView(String orderNumber, String storeCode, OrderStatus status, long totalFen, long depositFen, long paidFen,
		long balanceFen, String channel, CustomerPart customer,
		List<ItemPart> items, FulfillmentPart fulfillment, String notes, boolean urgent, PricePart price, String pickupCode,
		String cancelReason, OffsetDateTime createdAt, String createdBy, List<TimelineEntry> timeline) {

	/** The customer of the order. */
	public record CustomerPart(String name, String phone) {
	}

	/** One cake line with its price breakdown. */
	public record ItemPart(int line, int sizeInches, String flavor, String flavorName, String inscription, int quantity,
			List<String> addOns, long basePriceFen, long flavorSurchargeFen, long addOnsFen, long lineTotalFen, InscriptionProof inscriptionProof) {
	}

	/** Who confirmed the inscription and how (CUSTOMER_LINK, READ_BACK); {@code null} on a line not yet confirmed or without one. */
	public record InscriptionProof(OffsetDateTime at, String by, String method) {
	}

	/** Pickup or delivery, and when. */
	public record FulfillmentPart(FulfillmentType type, OffsetDateTime dueAt, String address) {
	}

	/** What the order costs and what has been paid. */
	public record PricePart(long totalFen, long depositFen, long paidFen, long balanceFen, long refundedFen,
			long cancellationFeeFen) {
	}

	/**
	 * One step of the order's history: its type and structured details (see {@link TimelineType}), and the same in the
	 * reader's words ({@code heading}, {@code detail}).
	 */
	public record TimelineEntry(Instant at, TimelineType type, String actor, String detail, String heading, java.util.Map<String, Object> details) {
	}
}
