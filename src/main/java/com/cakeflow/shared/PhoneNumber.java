package com.cakeflow.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/** A mainland China mobile number, normalised to its 11 digits. */
public record PhoneNumber(String digits) {

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	public PhoneNumber {
		if (digits == null || !MOBILE.matcher(digits).matches()) {
			throw new IllegalArgumentException("not a mainland mobile number: " + digits);
		}
	}

	/** Parses "138 1234 5678", "138-1234-5678", "+86 13812345678", "0086..." and the like. */
	public static Optional<PhoneNumber> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		var digits = text.replaceAll("[\\s\\-().（）]", "");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		else if (digits.startsWith("0086")) {
			digits = digits.substring(4);
		}
		else if (digits.length() == 13 && digits.startsWith("86")) {
			digits = digits.substring(2);
		}
		return MOBILE.matcher(digits).matches() ? Optional.of(new PhoneNumber(digits)) : Optional.empty();
	}

	/** The last four digits, which customers use to look up their order. */
	public String lastFour() {
		return digits.substring(7);
	}

	@Override
	public String toString() {
		return digits;
	}
}
