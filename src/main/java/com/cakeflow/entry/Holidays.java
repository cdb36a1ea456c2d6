package com.cakeflow.entry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;

/**
 * The holidays customers order cakes for, by name in Chinese or English: fixed days (情人节, 元旦, 平安夜, Christmas)
 * and weekdays of a month (母亲节 the second Sunday of May, 父亲节, Thanksgiving). Lunar holidays (中秋, 七夕, 春节) are
 * not known: they need a lunar calendar.
 */
final class Holidays {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
	static final Pattern NAMES = Pattern.compile(
			"白色情人节|情人节|情人節|元旦|妇女节|三八节|劳动节|五一|儿童节|六一|教师节|国庆节?|平安夜|圣诞节?|聖誕節?|万圣节|母亲节|母親節|父亲节|父親節|感恩节|"
					+ "\\bvalentine'?s?(?: day)?\\b|\\bchristmas eve\\b|\\bchristmas\\b|\\bxmas\\b|\\bnew year'?s?(?: day)?\\b|"
					+ "\\bmother'?s day\\b|\\bfather'?s day\\b|\\bthanksgiving\\b|\\bhalloween\\b", FLAGS);

	private Holidays() {
	}

	/** The next day (today included) of the holiday named by {@code word}, lower case. */
	static LocalDate next(String word, LocalDate today) {
		for (int year = today.getYear(); ; year++) {
			var date = holidayIn(word, year);
			if (!date.isBefore(today)) {
				return date;
			}
		}
	}

	private static LocalDate holidayIn(String word, int year) {
		if (word.contains("母亲") || word.contains("母親") || word.startsWith("mother")) {
			return LocalDate.of(year, 5, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY));
		}
		if (word.contains("父亲") || word.contains("父親") || word.startsWith("father")) {
			return LocalDate.of(year, 6, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.SUNDAY));
		}
		if (word.contains("感恩") || word.startsWith("thanks")) {
			return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
		}
		MonthDay day;
		if (word.startsWith("白色")) {
			day = MonthDay.of(3, 14);
		}
		else if (word.startsWith("情人") || word.startsWith("valentine")) {
			day = MonthDay.of(2, 14);
		}
		else if (word.equals("元旦") || word.startsWith("new year")) {
			day = MonthDay.of(1, 1);
		}
		else if (word.startsWith("妇女") || word.startsWith("三八")) {
			day = MonthDay.of(3, 8);
		}
		else if (word.startsWith("劳动") || word.equals("五一")) {
			day = MonthDay.of(5, 1);
		}
		else if (word.startsWith("儿童") || word.equals("六一")) {
			day = MonthDay.of(6, 1);
		}
		else if (word.startsWith("教师")) {
			day = MonthDay.of(9, 10);
		}
		else if (word.startsWith("国庆")) {
			day = MonthDay.of(10, 1);
		}
		else if (word.startsWith("万圣") || word.equals("halloween")) {
			day = MonthDay.of(10, 31);
		}
		else if (word.startsWith("平安") || word.equals("christmas eve")) {
			day = MonthDay.of(12, 24);
		}
		else {
			day = MonthDay.of(12, 25);
		}
		return day.atYear(year);
	}
}
