package com.cakeflow.entry;

import com.cakeflow.shared.LunarCalendar;
import com.cakeflow.shared.LunarCalendar.Festival;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;

/**
 * The holidays customers order cakes for, by name in Chinese or English: fixed days (情人节, 元旦, 平安夜, Christmas)
 * weekdays of a month (母亲节 the second Sunday of May, 父亲节, Thanksgiving) and the festivals of the Chinese calendar
 * (春节, 元宵, 端午, 七夕, 中秋, 重阳, 腊八, 除夕; Mid-Autumn, Chinese New Year), whose days {@link LunarCalendar} gives.
 */
final class Holidays {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
	static final Pattern NAMES = Pattern.compile(
			"除夕夜?|大年三十|年三十|大年夜|春节|春節|元宵节?|元宵節|端午节?|端午節|七夕节?|七夕節|中秋节?|中秋節|重阳节?|重陽節?|腊八节?|臘八節?|"
					+ "\\b(?:chinese|lunar)\\s+new\\s+year'?s?\\s+eve\\b|\\b(?:chinese|lunar)\\s+new\\s+year\\b|\\bspring\\s+festival\\b|\\blantern\\s+festival\\b|"
					+ "\\bdragon\\s*boat(?:\\s+festival)?\\b|\\bduanwu\\b|\\bqixi\\b|\\bchinese\\s+valentine'?s?(?:\\s+day)?\\b|\\bmid-?\\s?autumn(?:\\s+festival)?\\b|"
					+ "\\bmoon\\s*cake\\s+festival\\b|\\bmoon\\s+festival\\b|\\bdouble\\s+(?:ninth|nine)(?:\\s+festival)?\\b|\\bchongyang\\b|\\blaba(?:\\s+festival)?\\b|"
					+ "\\bnew\\s+year'?s\\s+eve\\b|白色情人节|情人节|情人節|元旦|妇女节|三八节|劳动节|五一|儿童节|六一|教师节|国庆节?|平安夜|圣诞节?|聖誕節?|万圣节|母亲节|母親節|父亲节|父親節|感恩节|"
					+ "\\bvalentine'?s?(?: day)?\\b|\\bchristmas eve\\b|\\bchristmas\\b|\\bxmas\\b|\\bnew year'?s?(?: day)?\\b|"
					+ "\\bmother'?s day\\b|\\bfather'?s day\\b|\\bthanksgiving\\b|\\bhalloween\\b", FLAGS);

	private Holidays() {
	}

	/** The next day (today included) of the holiday named by {@code word}, lower case. */
	static LocalDate next(String word, LocalDate today) {
		var lunar = festival(word);
		if (lunar.isPresent()) {
			return LunarCalendar.next(lunar.get(), today);
		}
		for (int year = today.getYear(); ; year++) {
			var date = holidayIn(word, year);
			if (!date.isBefore(today)) {
				return date;
			}
		}
	}

	/** The festival of the Chinese calendar a holiday's name (lower case) names, if it names one. */
	static java.util.Optional<Festival> festival(String word) {
		var w = word.replaceAll("\\s+", " ");
		Festival festival = null;
		if (w.startsWith("除夕") || w.contains("三十") || w.equals("大年夜") || w.endsWith(" eve") && (w.startsWith("chinese") || w.startsWith("lunar"))) {
			festival = Festival.NEW_YEARS_EVE;
		}
		else if (w.startsWith("春") || w.startsWith("chinese new") || w.startsWith("lunar new") || w.startsWith("spring")) {
			festival = Festival.SPRING_FESTIVAL;
		}
		else if (w.startsWith("元宵") || w.startsWith("lantern")) {
			festival = Festival.LANTERN;
		}
		else if (w.startsWith("端午") || w.startsWith("dragon") || w.equals("duanwu")) {
			festival = Festival.DRAGON_BOAT;
		}
		else if (w.startsWith("七夕") || w.equals("qixi") || w.startsWith("chinese valentine")) {
			festival = Festival.QIXI;
		}
		else if (w.startsWith("中秋") || w.startsWith("mid") || w.startsWith("moon")) {
			festival = Festival.MID_AUTUMN;
		}
		else if (w.startsWith("重阳") || w.startsWith("重陽") || w.startsWith("double") || w.equals("chongyang")) {
			festival = Festival.DOUBLE_NINTH;
		}
		else if (w.startsWith("腊八") || w.startsWith("臘八") || w.startsWith("laba")) {
			festival = Festival.LABA;
		}
		return java.util.Optional.ofNullable(festival);
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
		else if (word.matches("new\\s+year'?s\\s+eve")) {
			day = MonthDay.of(12, 31);
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
