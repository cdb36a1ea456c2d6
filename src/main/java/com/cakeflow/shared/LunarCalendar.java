package com.cakeflow.shared;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Chinese (农历) calendar as China publishes it, from 1900 to 2100: lunar dates of days and days of lunar dates, the
 * festivals cake shops sell for (春节, 元宵, 端午, 七夕, 中秋, 重阳, 腊八, 除夕) and lunar birthdays.
 *
 * <p>The months come from ICU4J's {@link ChineseCalendar}. ICU's astronomy is a few minutes off now and then, which
 * matters when a new moon falls just before midnight Beijing time: ICU 79 begins 2027's first month on 7 February and
 * 2030's on 2 February, where the Hong Kong Observatory's conversion tables and the State Council's holiday notices
 * (春节 on 6 February 2027 and 3 February 2030) begin them a day apart. {@link #CORRECTIONS} gives the published first
 * day of each month ICU gets wrong; {@code LunarCalendarTests} checks every festival of 2025–2035 against the
 * published dates, so a new ICU release that changes or fixes one is noticed.
 *
 * <p>A lunar year is named by the Gregorian year it begins in: lunar 2026 (丙午) runs from 17 February 2026 to
 * 5 February 2027.
 */
public final class LunarCalendar {

	/** A day of the Chinese calendar: month 1–12, {@code leapMonth} for the 闰 month that follows month {@code month}. */
	public record LunarDate(int year, int month, boolean leapMonth, int day) {

		/** "农历八月十五", "农历闰六月初一" (zh), "lunar 8/15", "lunar leap 6/1" (en). */
		public String display(Locale locale) {
			if ("zh".equals(locale.getLanguage())) {
				return "农历" + (leapMonth ? "闰" : "") + MONTH_NAMES.get(month - 1) + "月" + dayName(day);
			}
			return "lunar " + (leapMonth ? "leap " : "") + month + "/" + day;
		}
	}

	/** The festivals of the Chinese calendar: their lunar month and day; 除夕 is the last day of the twelfth month. */
	public enum Festival {
		SPRING_FESTIVAL(1, 1), LANTERN(1, 15), DRAGON_BOAT(5, 5), QIXI(7, 7), MID_AUTUMN(8, 15), DOUBLE_NINTH(9, 9), LABA(12, 8),
		NEW_YEARS_EVE(12, 30);

		final int month;
		final int day;

		Festival(int month, int day) {
			this.month = month;
			this.day = day;
		}
	}

	/** A month whose first day the published calendar puts elsewhere than ICU: {@code firstDay} is the published one. */
	record Correction(int year, int month, boolean leapMonth, LocalDate firstDay) {
	}

	/**
	 * Months ICU4J begins on another day than the Hong Kong Observatory's Gregorian–Lunar conversion tables (checked
	 * against the State Council's notices for 春节): the new moon falls within minutes of midnight Beijing time.
	 */
	static final List<Correction> CORRECTIONS = List.of(
			new Correction(2027, 1, false, LocalDate.of(2027, 2, 6)),
			new Correction(2030, 1, false, LocalDate.of(2030, 2, 3)));

	static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
	static final LocalDate LAST = LocalDate.of(2100, 12, 31);
	private static final List<String> MONTH_NAMES = List.of("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊");
	private static final String DIGITS = "一二三四五六七八九十";

	private record Month(int year, int month, boolean leapMonth, LocalDate firstDay) {
	}

	private static final class Table {
		static final List<Month> MONTHS = build();
		static final List<LocalDate> FIRST_DAYS = MONTHS.stream().map(Month::firstDay).toList();
	}

	private LunarCalendar() {
	}

	/** The lunar date of a day between 1900 and 2100. */
	public static LunarDate of(LocalDate date) {
		checkRange(date);
		var months = Table.MONTHS;
		int i = Collections.binarySearch(Table.FIRST_DAYS, date);
		var month = months.get(i >= 0 ? i : -i - 2);
		return new LunarDate(month.year(), month.month(), month.leapMonth(), (int) ChronoUnit.DAYS.between(month.firstDay(), date) + 1);
	}

	/** The day of a lunar date, if that year has that month (a leap month is rare) and that day (months have 29 or 30). */
	public static Optional<LocalDate> solar(int year, int month, boolean leapMonth, int day) {
		return find(year, month, leapMonth).filter(i -> day >= 1 && day <= length(i))
			.map(i -> Table.MONTHS.get(i).firstDay().plusDays(day - 1L));
	}

	/** How many days that lunar month has (29 or 30), if the year has it. */
	public static Optional<Integer> monthLength(int year, int month, boolean leapMonth) {
		return find(year, month, leapMonth).map(LunarCalendar::length);
	}

	/** The day of a festival in a lunar year. */
	public static LocalDate festival(Festival festival, int year) {
		if (festival == Festival.NEW_YEARS_EVE) {
			return solar(year + 1, 1, false, 1).orElseThrow().minusDays(1);
		}
		return solar(year, festival.month, false, festival.day).orElseThrow();
	}

	/** The next day of a festival, today included. */
	public static LocalDate next(Festival festival, LocalDate today) {
		for (int year = today.getYear() - 1; ; year++) {
			var day = festival(festival, year);
			if (!day.isBefore(today)) {
				return day;
			}
		}
	}

	/**
	 * The next day (today included) on which a lunar month and day fall, within the next three lunar years; a 30th
	 * falls on the 29th in a month of 29 days, as 除夕 and lunar birthdays do. Empty for a leap month that does not
	 * come within that time, or for a day that no month has.
	 */
	public static Optional<LocalDate> next(int month, boolean leapMonth, int day, LocalDate today) {
		if (month < 1 || month > 12 || day < 1 || day > 30) {
			return Optional.empty();
		}
		for (int year = today.getYear() - 1; year <= today.getYear() + 3; year++) {
			var length = monthLength(year, month, leapMonth);
			if (length.isEmpty()) {
				continue;
			}
			var date = solar(year, month, leapMonth, Math.min(day, length.get())).orElseThrow();
			if (!date.isBefore(today)) {
				return Optional.of(date);
			}
		}
		return Optional.empty();
	}

	/**
	 * The day in {@code year}'s lunar year on which someone born on {@code birth} has their lunar birthday: the same
	 * lunar month and day; someone born in a leap month celebrates in the month of that number, and someone born on
	 * a 30th on the 29th when the month is short.
	 */
	public static LocalDate birthday(LunarDate birth, int year) {
		int length = monthLength(year, birth.month(), false).orElseThrow();
		return solar(year, birth.month(), false, Math.min(birth.day(), length)).orElseThrow();
	}

	/** "初一" … "初十", "十一" … "二十", "廿一" … "廿九", "三十". */
	static String dayName(int day) {
		if (day <= 10) {
			return "初" + DIGITS.charAt(day - 1);
		}
		if (day < 20) {
			return "十" + DIGITS.charAt(day - 11);
		}
		if (day == 20) {
			return "二十";
		}
		if (day < 30) {
			return "廿" + DIGITS.charAt(day - 21);
		}
		return "三十";
	}

	private static Optional<Integer> find(int year, int month, boolean leapMonth) {
		var months = Table.MONTHS;
		for (int i = 0; i < months.size() - 1; i++) {
			var m = months.get(i);
			if (m.year() == year && m.month() == month && m.leapMonth() == leapMonth) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

	private static int length(int index) {
		var months = Table.MONTHS;
		return (int) ChronoUnit.DAYS.between(months.get(index).firstDay(), months.get(index + 1).firstDay());
	}

	private static void checkRange(LocalDate date) {
		if (date.isBefore(FIRST) || date.isAfter(LAST)) {
			throw new IllegalArgumentException("the Chinese calendar is known from " + FIRST + " to " + LAST + ": " + date);
		}
	}

	/** Every month from the one holding 1 January 1900 to the one after 31 December 2100, corrected. */
	private static List<Month> build() {
		var calendar = new ChineseCalendar(TimeZone.GMT_ZONE);
		var months = new ArrayList<Month>();
		var day = FIRST.minusDays(30);
		while (read(calendar, day).day() != 1) {
			day = day.plusDays(1);
		}
		while (!day.isAfter(LAST.plusDays(31))) {
			var lunar = read(calendar, day);
			months.add(new Month(lunar.year(), lunar.month(), lunar.leapMonth(), day));
			day = read(calendar, day.plusDays(29)).day() == 1 ? day.plusDays(29) : day.plusDays(30);
		}
		for (var correction : CORRECTIONS) {
			int i = 0;
			while (i < months.size() && !(months.get(i).year() == correction.year() && months.get(i).month() == correction.month()
					&& months.get(i).leapMonth() == correction.leapMonth())) {
				i++;
			}
			var m = months.get(i);
			if (Math.abs(ChronoUnit.DAYS.between(m.firstDay(), correction.firstDay())) > 1) {
				throw new IllegalStateException("a correction of more than a day: " + correction + " against " + m);
			}
			months.set(i, new Month(m.year(), m.month(), m.leapMonth(), correction.firstDay()));
		}
		return List.copyOf(months);
	}

	private static LunarDate read(ChineseCalendar calendar, LocalDate day) {
		calendar.setTimeInMillis(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
		// the sexagenary era and year, which mean the same in every ICU release (EXTENDED_YEAR changed its epoch in ICU 74)
		int year = calendar.get(ChineseCalendar.ERA) * 60 + calendar.get(ChineseCalendar.YEAR) - 2697;
		return new LunarDate(year, calendar.get(ChineseCalendar.MONTH) + 1,
				calendar.get(ChineseCalendar.IS_LEAP_MONTH) == 1, calendar.get(ChineseCalendar.DAY_OF_MONTH));
	}
}
