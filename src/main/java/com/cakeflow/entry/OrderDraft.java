package com.cakeflow.entry;

import java.util.List;
import java.util.Map;

/**
 * An order read from free text, for the clerk to check and complete ({@code POST /api/orders/parse}). {@code dueAt} is
 * local time in the store's zone ({@code 2026-11-19T15:00:00}); {@code dueDate} is set even when no time was given.
 * Fields the text did not give are {@code null}; {@code inscription} is {@code null} for none (or "不写字").
 * {@code confidence} says, for each field the draft fills, how it was read: {@link #STATED} (written in the text),
 * {@link #CORRECTED} (a typo read as a catalog value) or {@link #GUESSED} (not in the text: a date taken as today or
 * tomorrow, a time from "下午", an afternoon assumed, pickup because nothing was said); the order form highlights
 * what is not stated until the clerk confirms it. Its keys are the draft's fields, {@code dueAt} split into
 * {@code dueDate} and {@code dueTime}.
 */
public record OrderDraft(String customerName, String phone, Integer sizeInches, String flavor, String inscription, String fulfillment,
		String dueAt, String dueDate, String address, Integer quantity, List<Correction> corrections, List<String> warnings,
		Map<String, String> confidence) {

	public static final String STATED = "stated";
	public static final String CORRECTED = "corrected";
	public static final String GUESSED = "guessed";

	/** Whether the field was read otherwise than as written (corrected or guessed): the clerk must look at it. */
	public boolean uncertain(String field) {
		var level = confidence == null ? null : confidence.get(field);
		return CORRECTED.equals(level) || GUESSED.equals(level);
	}

	/** A typo read as a catalog value, shown to the clerk: {@code {"field":"flavor","from":"巧克立","to":"CHOCOLATE"}}. */
	public record Correction(String field, String from, String to) {
	}
}
