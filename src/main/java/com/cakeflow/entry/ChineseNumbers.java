package com.cakeflow.entry;

/** Reads small numbers written in Arabic or Chinese digits: 8, 八, 十, 十二, 两, 二十四, 廿. */
final class ChineseNumbers {

	/** A regex fragment matching one such number. */
	static final String NUMBER = "(?:\\d{1,4}|[零〇一二两三四五六七八九十廿]{1,3})";

	private static final String DIGITS = "零一二三四五六七八九";

	private ChineseNumbers() {
	}

	/** The value, or -1 when the text is not a number. */
	static int parse(String text) {
		if (text == null || text.isBlank()) {
			return -1;
		}
		var t = text.strip().replace('〇', '零').replace('两', '二').replace("廿", "二十");
		if (t.chars().allMatch(Character::isDigit)) {
			return Integer.parseInt(t);
		}
		int tens = t.indexOf('十');
		if (tens < 0) {
			return t.length() == 1 ? DIGITS.indexOf(t.charAt(0)) : -1;
		}
		int high = tens == 0 ? 1 : digit(t.substring(0, tens));
		int low = tens == t.length() - 1 ? 0 : digit(t.substring(tens + 1));
		return high < 0 || low < 0 ? -1 : high * 10 + low;
	}

	private static int digit(String text) {
		return text.length() == 1 ? DIGITS.indexOf(text.charAt(0)) : -1;
	}
}
