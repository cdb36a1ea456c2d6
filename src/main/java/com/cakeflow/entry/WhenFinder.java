package com.cakeflow.entry;

import static com.cakeflow.entry.ChineseNumbers.NUMBER;

import com.cakeflow.shared.LunarCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads when a cake is wanted from an order's text, against the moment the order is taken: absolute dates (12月1号,
 * 2026-12-01, Dec 1), lunar dates (农历八月十五, 正月初三), relative days (今天 … 大后天, tomorrow), weekdays (周六, 下周三,
 * next Friday), holidays (情人节, 母亲节, 中秋, 春节, Christmas) and times (下午3点, 两点半, 中午, 6pm, 15:30).
 */
final class WhenFinder {

	/** When the text says a cake is wanted; either part may be missing. */
	record When(LocalDate date, LocalTime time) {

		Optional<LocalDateTime> at() {
			return date == null || time == null ? Optional.empty() : Optional.of(date.atTime(time));
		}
	}

	private enum Period {
		NIGHT, MORNING, NOON, AFTERNOON, EVENING
	}

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern ISO_DATE = Pattern.compile(
			"(?<!\\d)(?<y>\\d{4})\\s*[年/.-]\\s*(?<m>\\d{1,2})\\s*[月/.-]\\s*(?<d>\\d{1,2})\\s*[日号號]?");
	private static final Pattern MONTH_DAY = Pattern.compile("(?<m>" + NUMBER + ")\\s*月\\s*(?<d>" + NUMBER + ")\\s*[日号號]?");
	private static final Pattern SLASH_DATE = Pattern.compile("(?<![\\d/])(?<m>\\d{1,2})/(?<d>\\d{1,2})(?![\\d/])");
	private static final Pattern DOT_DATE = Pattern.compile("(?<![\\d.])(?<m>1[0-2]|0?[1-9])\\.(?<d>[0-2]?\\d|3[01])(?![\\d.]|\\s*(?:磅|斤|kg|公斤|元|块|寸|折|倍|%))");
	private static final Pattern DAY_ONLY = Pattern.compile("(?<![\\d月])(?<d>" + NUMBER + ")\\s*[号號日](?![楼樓栋棟座室院])");
	private static final Pattern EN_MONTH_DAY = Pattern.compile("\\b(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?\\b"
			+ "|\\b(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b", FLAGS);
	private static final Pattern RELATIVE_DAY = Pattern.compile(
			"大后天|大後天|后天|後天|明天|明日|明儿|明早|明晚|明晨|今天|今日|今儿|今早|今晚|今夜|"
					+ "\\bday after tomorrow\\b|\\btomorrow\\b|\\btmr\\b|\\btoday\\b|\\btonight\\b", FLAGS);
	private static final Pattern WEEKDAY = Pattern.compile(
			"(?<prefix>下下个?|下个?|这个?|這個?|本|next\\s+|this\\s+|coming\\s+)?(?:周|週|星期|礼拜|禮拜)(?<wd>[一二三四五六日天1-7])"
					// not a name that starts like a weekday (周一鸣): a weekday is followed by a time, a cue or nothing Chinese
					+ "(?![\\p{IsHan}&&[^上下中晚早傍凌午前后送取到来拿自去的或和点半整要给交用就再可能吧呢吗至之]])"
					+ "|(?<prefix2>next\\s+|this\\s+|coming\\s+)?\\b(?<en>mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b", FLAGS);

	private static final String PERIODS = "凌晨|早上|早晨|清早|上午|中午|正午|下午|午后|傍晚|晚上|晚间|夜里|夜间|今晚|明晚|今早|明早|早|晚";
	private static final Pattern ZH_TIME = Pattern.compile("(?<period>" + PERIODS + ")?\\s*(?<h>" + NUMBER
			+ ")\\s*(?:点钟?|點鐘?|时|時|:)(?:(?<half>半)|(?<quarter>一刻|1刻)|(?<threeq>三刻|3刻)|(?<min>\\d{1,2}|[零〇一二三四五六七八九十]{1,3})(?:分|(?![\\d寸吋村存号號日月个個点])))?");
	private static final Pattern EN_TIME = Pattern.compile(
			"(?:\\bat\\s+)?(?<!\\d)(?<h>\\d{1,2})(?:[:.](?<min>\\d{2}))?\\s*(?<ampm>a\\.?m\\.?|p\\.?m\\.?)(?![a-z])"
					+ "|\\bat\\s+(?<h2>\\d{1,2})(?::(?<min2>\\d{2}))?(?![\\d:])(?!\\s*[ap]\\.?m)|\\bnoon\\b|\\bmidday\\b",
			FLAGS);
	private static final Pattern PERIOD_ONLY = Pattern.compile(PERIODS + "|\\bmorning\\b|\\bafternoon\\b|\\bevening\\b", FLAGS);

	private final EntryText text;
	private final LocalDateTime now;
	private final Findings findings;
	private Period impliedPeriod;
	private boolean dateInvalid;

	WhenFinder(EntryText text, LocalDateTime now, Findings findings) {
		this.text = text;
		this.now = now;
		this.findings = findings;
	}

	When find() {
		var date = date();
		var time = time();
		if (date == null && time != null && !dateInvalid) {
			date = time.isAfter(now.toLocalTime()) ? now.toLocalDate() : now.toLocalDate().plusDays(1);
			findings.warn("entry.warning.date-assumed", date);
		}
		if (date != null && time == null) {
			findings.warn("entry.warning.time-missing");
		}
		if (date != null && time != null && date.atTime(time).isBefore(now)) {
			findings.warn("entry.warning.due-passed");
		}
		return new When(date, time);
	}

	private LocalDate date() {
		var today = now.toLocalDate();
		var m = text.matcher(ISO_DATE);
		if (m.find()) {
			text.take(m);
			return valid(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
		}
		m = text.matcher(LunarDates.WRITTEN);
		while (m.find()) {
			var lunar = lunar(m, today);
			if (lunar != null) {
				text.take(m);
				return lunar.orElse(null);
			}
		}
		m = text.matcher(MONTH_DAY);
		if (m.find() && ChineseNumbers.parse(m.group("m")) >= 1) {
			text.take(m);
			return upcoming(ChineseNumbers.parse(m.group("m")), ChineseNumbers.parse(m.group("d")));
		}
		m = text.matcher(EN_MONTH_DAY);
		if (m.find()) {
			text.take(m);
			var month = m.group("mon") != null ? m.group("mon") : m.group("mon2");
			var day = m.group("d") != null ? m.group("d") : m.group("d2");
			return upcoming("janfebmaraprmayjunjulaugsepoctnovdec".indexOf(month.toLowerCase(Locale.ROOT)) / 3 + 1, Integer.parseInt(day));
		}
		m = text.matcher(RELATIVE_DAY);
		if (m.find()) {
			text.take(m);
			return relative(m.group().toLowerCase(Locale.ROOT), today);
		}
		m = text.matcher(WEEKDAY);
		if (m.find()) {
			text.take(m);
			return weekday(m, today);
		}
		m = text.matcher(Holidays.NAMES);
		if (m.find()) {
			text.take(m);
			return Holidays.next(m.group().toLowerCase(Locale.ROOT).replace("’", "'"), today);
		}
		m = text.matcher(SLASH_DATE);
		if (m.find()) {
			text.take(m);
			return upcoming(Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
		}
		m = text.matcher(DOT_DATE);
		if (m.find()) {
			text.take(m);
			return upcoming(Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
		}
		m = text.matcher(DAY_ONLY);
		if (m.find()) {
			int day = ChineseNumbers.parse(m.group("d"));
			if (day >= 1 && day <= 31) {
				text.take(m);
				var date = today.withDayOfMonth(1).plusMonths(day < today.getDayOfMonth() ? 1 : 0);
				return day <= date.lengthOfMonth() ? date.withDayOfMonth(day) : invalid(m.group());
			}
		}
		return null;
	}

	/** The day of a written lunar date (empty when no month of the next years has it), or null when it is not lunar. */
	private Optional<LocalDate> lunar(Matcher m, LocalDate today) {
		var written = LunarDates.read(m);
		if (written == null) {
			return null;
		}
		var date = LunarCalendar.next(written.month(), written.leapMonth(), written.day(), today);
		if (date.isEmpty()) {
			invalid(m.group().strip());
			return Optional.empty();
		}
		findings.warn("entry.warning.lunar-date", m.group().strip(), date.get());
		return date;
	}

	private LocalDate relative(String word, LocalDate today) {
		if (word.endsWith("晚") || word.endsWith("夜") || word.equals("tonight")) {
			impliedPeriod = Period.EVENING;
		}
		else if (word.endsWith("早") || word.endsWith("晨")) {
			impliedPeriod = Period.MORNING;
		}
		if (word.startsWith("大后") || word.startsWith("大後")) {
			return today.plusDays(3);
		}
		if (word.startsWith("后") || word.startsWith("後") || word.startsWith("day after")) {
			return today.plusDays(2);
		}
		if (word.startsWith("明") || word.startsWith("tom") || word.equals("tmr")) {
			return today.plusDays(1);
		}
		return today;
	}

	private LocalDate weekday(Matcher m, LocalDate today) {
		DayOfWeek day;
		String prefix;
		if (m.group("wd") != null) {
			var wd = m.group("wd");
			int n = "一二三四五六".indexOf(wd) + 1;
			if (n == 0) {
				n = wd.equals("日") || wd.equals("天") ? 7 : Integer.parseInt(wd);
			}
			day = DayOfWeek.of(n);
			prefix = m.group("prefix");
		}
		else {
			day = DayOfWeek.of(("montuewedthufrisatsun".indexOf(m.group("en").toLowerCase(Locale.ROOT)) / 3) + 1);
			prefix = m.group("prefix2");
		}
		var monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		var p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
		if (p.startsWith("下下")) {
			return monday.plusWeeks(2).with(day);
		}
		if (p.startsWith("下") || p.equals("next")) {
			return monday.plusWeeks(1).with(day);
		}
		var thisWeek = monday.with(day);
		if (!p.isEmpty() && !p.equals("coming")) {
			return thisWeek;
		}
		return thisWeek.isBefore(today) ? thisWeek.plusWeeks(1) : thisWeek;
	}

	private LocalTime time() {
		var m = text.matcher(ZH_TIME);
		while (m.find()) {
			int hour = ChineseNumbers.parse(m.group("h"));
			int minute = m.group("half") != null ? 30 : m.group("quarter") != null ? 15 : m.group("threeq") != null ? 45
					: m.group("min") != null ? ChineseNumbers.parse(m.group("min")) : 0;
			boolean aBit = m.group("period") == null && "一".equals(m.group("h")) && minute == 0; // 少糖一点: "a bit", not 1 o'clock
			if (!aBit && hour >= 0 && hour <= 24 && minute >= 0 && minute < 60) {
				text.take(m);
				return clock(hour, minute, period(m.group("period")));
			}
		}
		m = text.matcher(EN_TIME);
		if (m.find()) {
			text.take(m);
			if (m.group("h") != null) {
				int hour = Integer.parseInt(m.group("h"));
				int minute = m.group("min") == null ? 0 : Integer.parseInt(m.group("min"));
				boolean pm = m.group("ampm").toLowerCase(Locale.ROOT).startsWith("p");
				return clock(hour, minute, pm ? Period.AFTERNOON : Period.MORNING);
			}
			if (m.group("h2") != null) {
				return clock(Integer.parseInt(m.group("h2")), m.group("min2") == null ? 0 : Integer.parseInt(m.group("min2")), impliedPeriod);
			}
			return LocalTime.NOON;
		}
		m = text.matcher(PERIOD_ONLY);
		if (m.find()) {
			text.take(m);
			var period = period(m.group());
			if (period == Period.NOON) {
				return LocalTime.NOON;
			}
			var guess = switch (period) {
				case NIGHT -> LocalTime.of(6, 0);
				case MORNING -> LocalTime.of(10, 0);
				case AFTERNOON -> LocalTime.of(15, 0);
				default -> LocalTime.of(18, 0);
			};
			findings.warn("entry.warning.time-guessed", guess);
			return guess;
		}
		return null;
	}

	private Period period(String word) {
		if (word == null) {
			return impliedPeriod;
		}
		var w = word.toLowerCase(Locale.ROOT);
		if (w.equals("凌晨")) {
			return Period.NIGHT;
		}
		if (w.contains("早") || w.equals("上午") || w.equals("morning")) {
			return Period.MORNING;
		}
		if (w.equals("中午") || w.equals("正午")) {
			return Period.NOON;
		}
		if (w.equals("下午") || w.equals("午后") || w.equals("afternoon")) {
			return Period.AFTERNOON;
		}
		return Period.EVENING;
	}

	/** An hour read with its part of the day; a bare 1–7 o'clock is taken as afternoon, when cake shops are open. */
	private LocalTime clock(int hour, int minute, Period period) {
		int h = hour;
		if (period == Period.AFTERNOON || period == Period.EVENING) {
			h = hour < 12 ? hour + 12 : hour;
		}
		else if (period == Period.NOON) {
			h = hour <= 3 ? hour + 12 : hour;
		}
		else if (period == null && hour >= 1 && hour <= 7) {
			h = hour + 12;
			findings.warn("entry.warning.afternoon-assumed", LocalTime.of(h, minute));
		}
		return h >= 24 ? LocalTime.of(23, 59) : LocalTime.of(h, minute);
	}

	private LocalDate upcoming(int month, int day) {
		var today = now.toLocalDate();
		var date = valid(today.getYear(), month, day);
		if (date != null && date.isBefore(today)) {
			date = valid(today.getYear() + 1, month, day);
		}
		return date;
	}

	private LocalDate valid(int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (java.time.DateTimeException invalid) {
			return invalid(year + "-" + month + "-" + day);
		}
	}

	private LocalDate invalid(String what) {
		dateInvalid = true;
		findings.warn("entry.warning.date-invalid", what);
		return null;
	}
}
