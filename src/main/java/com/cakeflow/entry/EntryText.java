package com.cakeflow.entry;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The free text of an order being read: the original, a working copy with full-width letters, digits and punctuation
 * folded to ASCII (same length, so offsets match), and the spans already taken by a field, which later finders no longer
 * see (they read a taken span as the separator {@link #TAKEN}).
 */
final class EntryText {

	static final char TAKEN = '|';

	private final String original;
	private final char[] working;

	EntryText(String text) {
		this.original = text == null ? "" : text;
		this.working = fold(original).toCharArray();
	}

	String original() {
		return original;
	}

	/** The text still to be read, taken spans shown as {@link #TAKEN}. */
	String remaining() {
		return new String(working);
	}

	String original(int start, int end) {
		return original.substring(start, end);
	}

	Matcher matcher(Pattern pattern) {
		return pattern.matcher(remaining());
	}

	void take(int start, int end) {
		for (int i = Math.max(0, start); i < Math.min(end, working.length); i++) {
			working[i] = TAKEN;
		}
	}

	void take(Matcher match) {
		take(match.start(), match.end());
	}

	boolean isTaken(int index) {
		return index >= 0 && index < working.length && working[index] == TAKEN;
	}

	/** Full-width forms (Ｈ, ８, ：, ，) to ASCII and the ideographic space to a space, keeping every offset. */
	static String fold(String text) {
		var chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			if (c >= '\uFF01' && c <= '\uFF5E') {
				chars[i] = (char) (c - 0xFEE0);
			}
			else if (c == '\u3000' || c == '\u00A0') {
				chars[i] = ' ';
			}
			else if (c == '、') { // ， and ； are full-width forms, folded above
				chars[i] = ',';
			}
			else if (c == '。') {
				chars[i] = ';';
			}
		}
		return new String(chars);
	}
}
