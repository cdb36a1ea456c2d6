package com.cakeflow.desk.web;

import com.cakeflow.order.NewOrderRequest;
import com.cakeflow.entry.OrderDraft;
import java.util.List;
import java.util.UUID;

/**
 * The clerk's order form as posted: loose strings so that every mistake comes back on its field.
 * {@code idempotencyKey} is made when the form is first shown, so a double click or a resend places the order once.
 */
record OrderForm(String channel, String name, String phone, String email, String sizeInches, String flavor, String quantity,
		String inscription, List<String> addOns, String fulfillment, String dueDate, String dueTime, String address, String notes, Boolean urgent,
		Boolean inscriptionReadBack, String idempotencyKey) {

	static OrderForm blank() {
		return new OrderForm("WALK_IN", null, null, null, null, null, "1", null, List.of(), "PICKUP", null, null, null, null, false,
				false, UUID.randomUUID().toString());
	}

	/** The form filled from a draft read from free text; what the draft lacks is left as the clerk had it. */
	OrderForm with(OrderDraft draft) {
		return new OrderForm(channel, or(draft.customerName(), name), or(draft.phone(), phone), email,
				draft.sizeInches() == null ? sizeInches : String.valueOf(draft.sizeInches()), or(draft.flavor(), flavor),
				draft.quantity() == null ? quantity : String.valueOf(draft.quantity()), draft.inscription(), addOns,
				or(draft.fulfillment(), fulfillment), or(draft.dueDate(), dueDate), draft.dueAt() == null ? dueTime : draft.dueAt().substring(11, 16),
				or(draft.address(), address), notes, urgent, inscriptionReadBack, idempotencyKey == null ? UUID.randomUUID().toString() : idempotencyKey);
	}

	NewOrderRequest toRequest() {
		return new NewOrderRequest(channel, new NewOrderRequest.Customer(name, phone, blankToNull(email)),
				List.of(new NewOrderRequest.Item(number(sizeInches), flavor, blankToNull(inscription), number(quantity),
						addOns == null ? List.of() : addOns)),
				new NewOrderRequest.Fulfillment(fulfillment, dueAt(),
						"DELIVERY".equals(fulfillment) ? blankToNull(address) : null),
				blankToNull(notes), Boolean.TRUE.equals(urgent), null);
	}

	/** Local due time as intake reads it ({@code 2026-11-19T15:00:00}), {@code null} while date or time is missing. */
	String dueAt() {
		if (dueDate == null || dueDate.isBlank() || dueTime == null || dueTime.isBlank()) {
			return null;
		}
		var time = dueTime.strip();
		return dueDate.strip() + "T" + (time.length() == 5 ? time + ":00" : time);
	}

	public boolean delivery() {
		return "DELIVERY".equals(fulfillment);
	}

	static Integer number(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			return -1;
		}
	}

	private static String or(String value, String otherwise) {
		return value == null ? otherwise : value;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
