package com.cakeflow.inventory;

import java.time.Instant;

/** One line of the append-only stock ledger; {@code peerStore} is the other store of a transfer. */
public record StockMovement(long id, String itemCode, String type, long quantity, Long lotId, Long orderId, String peerStore, String actor,
		String reason,
		Instant at) {

	/** The kinds of movement; quantities are positive, the type says what they do to on-hand and reserved. */
	public enum Type {
		RECEIVE, RESERVE, RELEASE, CONSUME, WASTE, COUNT_ADJUST, TRANSFER_OUT, TRANSFER_IN
	}
}
