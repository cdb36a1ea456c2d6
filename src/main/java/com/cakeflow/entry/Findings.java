package com.cakeflow.entry;

import java.util.ArrayList;
import java.util.List;

/** What reading an order's text noticed besides the fields: typos it corrected and things the clerk should check. */
final class Findings {

	/** A typo read as a catalog value: {@code 巧克立} → {@code CHOCOLATE}. */
	record Correction(String field, String from, String to) {
	}

	/** Something to check, as a message code of {@code messages*.properties} with its arguments. */
	record Warning(String code, Object... args) {
	}

	private final List<Correction> corrections = new ArrayList<>();
	private final List<Warning> warnings = new ArrayList<>();

	void corrected(String field, String from, String to) {
		corrections.add(new Correction(field, from, to));
	}

	void warn(String code, Object... args) {
		warnings.add(new Warning(code, args));
	}

	List<Correction> corrections() {
		return List.copyOf(corrections);
	}

	List<Warning> warnings() {
		return List.copyOf(warnings);
	}
}
