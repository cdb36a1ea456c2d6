package com.cakeflow.order;

import java.util.List;

/**
 * An order as a clerk, the web shop or a channel sends it ({@code POST /api/orders}). Fields are kept loose (strings,
 * boxed numbers) so that every mistake comes back as a message on its field rather than a parse error.
 * {@code capacityOverride}: a manager books an urgent order even though the kitchen is full.
 */
public record NewOrderRequest(String channel, Customer customer, List<Item> items, Fulfillment fulfillment, String notes,
		Boolean urgent, String storeCode, Boolean capacityOverride) {

	/** Without a capacity override (only managers may book beyond the kitchen's capacity). */
	public NewOrderRequest(String channel, Customer customer, List<Item> items, Fulfillment fulfillment, String notes, Boolean urgent,
			String storeCode) {
		this(channel, customer, items, fulfillment, notes, urgent, storeCode, null);
	}

	/** The same order for the store with that code. */
	public NewOrderRequest withStoreCode(String code) {
		return new NewOrderRequest(channel, customer, items, fulfillment, notes, urgent, code, capacityOverride);
	}

	/** Who orders; {@code email} optional (order confirmation, ready and reminder mails go there as well as by text message). */
	public record Customer(String name, String phone, String email) {

		public Customer(String name, String phone) {
			this(name, phone, null);
		}
	}

	/** One cake line. */
	public record Item(Integer sizeInches, String flavor, String inscription, Integer quantity, List<String> addOns) {
	}

	/**
	 * Pickup or delivery. {@code dueAt} is local time in the store's zone ({@code 2026-11-24T15:00:00}); an offset
	 * ({@code +08:00}, {@code Z}) is accepted too.
	 */
	public record Fulfillment(String type, String dueAt, String address) {
	}
}
