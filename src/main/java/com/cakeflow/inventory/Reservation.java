package com.cakeflow.inventory;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The outcome of reserving an order's ingredients: everything reserved, or nothing and the list of what is short. */
public record Reservation(Map<String, Long> reserved, List<Shortage> shortages) {

	public boolean isShort() {
		return !shortages.isEmpty();
	}

	public String summary() {
		return isShort() ? shortages.stream().map(Shortage::toString).collect(Collectors.joining("; "))
				: "reserved " + reserved.size() + " items";
	}
}
