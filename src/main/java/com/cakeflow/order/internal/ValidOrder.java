package com.cakeflow.order.internal;

import com.cakeflow.catalog.CakeQuote;
import com.cakeflow.identity.StoreInfo;
import com.cakeflow.order.Channel;
import com.cakeflow.order.FulfillmentType;
import com.cakeflow.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** An order request that passed every check, with its lines priced from the catalog. */
record ValidOrder(StoreInfo store, Channel channel, PhoneNumber phone, String customerName, String email, List<Line> lines,
		FulfillmentType fulfillment, Instant dueAt, String address, String notes, boolean urgent, boolean capacityOverride) {

	/** A priced cake line and its inscription. */
	record Line(CakeQuote quote, String inscription) {
	}

	long totalFen() {
		return lines.stream().mapToLong(line -> line.quote().lineTotalFen()).sum();
	}

	static Duration leadTime(List<Line> lines) {
		return lines.stream().map(line -> line.quote().leadTime()).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
	}
}
