package com.cakeflow.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money helpers: amounts are integer fen (1 yuan = 100 fen) everywhere; yuan only for display. */
public final class Money {

	private Money() {
	}

	/** "¥198.00" for 19800 fen. */
	public static String yuan(long fen) {
		return "¥" + BigDecimal.valueOf(fen).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
	}

	/** The given percentage of an amount, rounded up to a whole yuan (shops don't ask for 0.37 yuan deposits). */
	public static long percentRoundedUpToYuan(long fen, int percent) {
		if (percent <= 0) {
			return 0;
		}
		var raw = BigDecimal.valueOf(fen).multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 0, RoundingMode.UP);
		var yuan = raw.divide(BigDecimal.valueOf(100), 0, RoundingMode.UP).longValueExact() * 100;
		return Math.min(yuan, fen);
	}

	/** Fen from an amount typed in yuan ("138", "138.5", "¥138.50"); empty when it is not a positive amount with at most two decimals. */
	public static java.util.Optional<Long> parseYuan(String text) {
		if (text == null) {
			return java.util.Optional.empty();
		}
		try {
			var amount = new BigDecimal(text.strip().replace("¥", "").replace("￥", "").replace(",", ""));
			if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
				return java.util.Optional.empty();
			}
			return java.util.Optional.of(amount.movePointRight(2).longValueExact());
		}
		catch (NumberFormatException | ArithmeticException notAnAmount) {
			return java.util.Optional.empty();
		}
	}
}
