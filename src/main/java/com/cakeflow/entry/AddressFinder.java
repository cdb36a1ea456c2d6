package com.cakeflow.entry;

import java.util.regex.Pattern;

/**
 * Reads where a cake is to be delivered: after a cue (送到, 地址：, deliver to, address:) up to the next field, or a
 * Chinese street address standing on its own (…路88号3单元1201). It is read before dates, so that 88号 is not a day.
 */
final class AddressFinder {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
	private static final Pattern CUE = Pattern.compile(
			"(?:收货地址|配送地址|送货地址|地址|地点|住址)\\s*[:：]?\\s*|(?:送货到|送货至|配送到|配送至|送到|送至|送去|送往|寄到)\\s*[:：]?\\s*"
					+ "|\\b(?:deliver(?:ed|y)?(?:\\s+it)?\\s+to|send\\s+(?:it\\s+)?to|ship\\s+to|address)\\b\\s*[:：]?\\s*|\\bdeliver(?:y)?\\s*:\\s*",
			FLAGS);
	private static final Pattern STREET = Pattern.compile(
			"[\\p{IsHan}A-Za-z0-9]*?(?:路|街|大道|道|巷|弄|胡同)\\s*\\d+\\s*(?:号|號)[\\p{IsHan}A-Za-z0-9#\\-]*");
	/** Where a Chinese address stops: a day or time word, a pickup word, a phone or a cue for another field. */
	private static final Pattern ZH_END = Pattern.compile(
			"今天|明天|后天|大后天|今晚|明晚|下周|周[一二三四五六日天]|星期|礼拜|上午|下午|中午|晚上|早上|傍晚|\\d{1,2}\\s*[点:]|\\d{1,2}月\\d|"
					+ "联系人|收货人|电话|手机|姓名|[写寫](?!字楼)|字样|(?<!\\d)1[3-9]\\d{9}");
	/** Where an English address stops: a day or time phrase or a name/phone cue. */
	private static final Pattern EN_END = Pattern.compile(
			"\\s+(?:on|at|by|before|around|tomorrow|today|tonight|next|this|for)\\b|\\s+\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)\\b|\\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b",
			FLAGS);
	/** A word that still belongs to a Chinese address after a space (3单元, 1201室, B座). */
	private static final Pattern ADDRESS_PART = Pattern.compile(
			"[^\\s]*(?:省|市|区|區|县|縣|镇|鎮|乡|村|路|街|道|巷|弄|号|號|栋|棟|幢|座|单元|單元|楼|樓|层|層|室|苑|园|園|小区|大厦|廣場|广场|公寓|院|\\d)[^\\s]*");

	private final EntryText text;

	AddressFinder(EntryText text) {
		this.text = text;
	}

	/** The address as written, or {@code null}. */
	String find() {
		var remaining = text.remaining();
		var cue = text.matcher(CUE);
		while (cue.find()) {
			int start = cue.end();
			int end = start;
			while (end < remaining.length() && ",;\n|".indexOf(remaining.charAt(end)) < 0) {
				end++;
			}
			end = start + cut(remaining.substring(start, end));
			if (end > start) {
				text.take(cue.start(), end);
				return text.original(start, end).strip();
			}
		}
		var street = text.matcher(STREET);
		if (street.find()) {
			int end = street.start() + cut(remaining.substring(street.start()));
			text.take(street.start(), end);
			return text.original(street.start(), end).strip();
		}
		return null;
	}

	/** How much of a candidate is the address: up to the next field, and for Chinese up to a space not followed by more address. */
	private static int cut(String candidate) {
		boolean chinese = candidate.codePoints().limit(6).anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		int end = candidate.length();
		var stop = (chinese ? ZH_END : EN_END).matcher(candidate);
		if (stop.find()) {
			end = stop.start();
		}
		if (chinese) {
			int space = candidate.indexOf(' ');
			while (space > 0 && space < end) {
				var next = candidate.substring(space).strip().split("\\s+", 2)[0];
				if (!ADDRESS_PART.matcher(next).matches()) {
					end = space;
					break;
				}
				space = candidate.indexOf(' ', space + 1);
			}
		}
		while (end > 0 && Character.isWhitespace(candidate.charAt(end - 1))) {
			end--;
		}
		return end;
	}
}
