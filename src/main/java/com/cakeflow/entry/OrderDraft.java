package com.cakeflow.entry;

import java.util.List;

/**
 * An order read from free text, for the clerk to check and complete ({@code POST /api/orders/parse}). {@code dueAt} is
 * local time in the store's zone ({@code 2026-11-19T15:00:00}); {@code dueDate} is set even when no time was given.
 * Fields the text did not give are {@code null}; {@code inscription} is {@code null} for none (or "不写字").
 */
public record OrderDraft(String customerName, String phone, Integer sizeInches, String flavor, String inscription, String fulfillment,
		String dueAt, String dueDate, String address, Integer quantity, List<Correction> corrections, List<String> warnings) {

	/** A typo read as a catalog value, shown to the clerk: {@code {"field":"flavor","from":"巧克立","to":"CHOCOLATE"}}. */
	public record Correction(String field, String from, String to) {
	}
}
