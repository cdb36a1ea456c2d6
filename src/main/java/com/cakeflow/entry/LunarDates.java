package com.cakeflow.entry;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lunar dates as orders write them; {@link WhenFinder} turns them into days with the Chinese calendar. */
final class LunarDates {

	/** A lunar month and day as written: month 1-12 ({@code leapMonth} for 闰), day 1-30. */
	record Written(int month, boolean leapMonth, int day) {
	}

	/**
	 * A written lunar date: 农历八月十五, 阴历3月初五, 闰六月初一, 正月初三, 腊月二十三, 大年初二. Without 农历/阴历 it is
	 * lunar only when written so (正月, 冬月, 腊月, 闰, a day as 初五 or 廿三); 八月十五 alone stays 15 August.
	 */
	static final Pattern WRITTEN = Pattern.compile(
			"(?<prefix>农历|農曆|阴历|陰曆|旧历|舊曆)?\\s*(?<leap>闰|閏)?(?<m>正|冬|腊|臘|十[一二]|[一二三四五六七八九十]|1[0-2]|0?[1-9])\\s*月份?\\s*"
					+ "(?<d>初[一二三四五六七八九十]|廿[一二三四五六七八九]|卅|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]|[12]\\d|30|0?[1-9])"
					+ "(?![\\d十])\\s*[日号號]?|大年(?<d2>初[一二三四五六七八九十])");
	private LunarDates() {
	}

	/** The lunar month and day a match of {@link #WRITTEN} names, or null when it is written as a Gregorian date. */
	static Written read(Matcher m) {
		if (m.group("d2") != null) {
			return new Written(1, false, day(m.group("d2")));
		}
		var mon = m.group("m");
		var d = m.group("d");
		boolean leap = m.group("leap") != null;
		boolean lunar = m.group("prefix") != null || leap || "正冬腊臘".contains(mon) || d.startsWith("初") || d.startsWith("廿") || d.equals("卅");
		if (!lunar) {
			return null;
		}
		int month = switch (mon) {
			case "正" -> 1;
			case "冬" -> 11;
			case "腊", "臘" -> 12;
			default -> ChineseNumbers.parse(mon);
		};
		return new Written(month, leap, day(d));
	}

	private static int day(String d) {
		if (d.startsWith("初")) {
			return ChineseNumbers.parse(d.substring(1));
		}
		return d.equals("卅") ? 30 : ChineseNumbers.parse(d);
	}
}
