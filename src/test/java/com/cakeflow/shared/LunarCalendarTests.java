package com.cakeflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.shared.LunarCalendar.Festival;
import com.cakeflow.shared.LunarCalendar.LunarDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Chinese calendar against the published one: every festival of 2025–2035 and every leap month on the day the
 * Hong Kong Observatory's tables give (src/test/resources/calendar/festivals-2025-2035.csv), including the two days ICU4J
 * gets wrong (春节 2027 and 2030), and conversions that go both ways for every day of 1900–2100.
 */
class LunarCalendarTests {

	private static final List<Festival> COLUMNS = List.of(Festival.NEW_YEARS_EVE, Festival.SPRING_FESTIVAL, Festival.LANTERN, Festival.DRAGON_BOAT,
			Festival.QIXI, Festival.MID_AUTUMN, Festival.DOUBLE_NINTH, Festival.LABA);

	record Row(int year, List<LocalDate> festivals, String leap) {
	}

	static List<Row> published() throws IOException {
		var rows = new ArrayList<Row>();
		for (var line : Files.readAllLines(Path.of("src/test/resources/calendar/festivals-2025-2035.csv"), StandardCharsets.UTF_8)) {
			if (line.isBlank() || !Character.isDigit(line.charAt(0))) {
				continue;
			}
			var cells = line.split(",", -1);
			var dates = new ArrayList<LocalDate>();
			for (int i = 1; i <= COLUMNS.size(); i++) {
				dates.add(LocalDate.parse(cells[i]));
			}
			rows.add(new Row(Integer.parseInt(cells[0]), dates, cells[COLUMNS.size() + 1]));
		}
		return rows;
	}

	@TestFactory
	Stream<DynamicTest> everyFestivalOf2025To2035FallsOnThePublishedDay() throws IOException {
		var rows = published();
		assertThat(rows).extracting(Row::year).containsExactly(2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035);
		return rows.stream().map(row -> DynamicTest.dynamicTest(String.valueOf(row.year()), () -> {
			for (int i = 0; i < COLUMNS.size(); i++) {
				var festival = COLUMNS.get(i);
				// 除夕 in the table is the eve of that year's 春节, the last day of the lunar year before
				int lunarYear = festival == Festival.NEW_YEARS_EVE ? row.year() - 1 : row.year();
				assertThat(LunarCalendar.festival(festival, lunarYear)).as("%s of %d", festival, row.year()).isEqualTo(row.festivals().get(i));
				assertThat(LunarCalendar.next(festival, row.festivals().get(i))).as("%s on its day", festival).isEqualTo(row.festivals().get(i));
			}
		}));
	}

	@TestFactory
	Stream<DynamicTest> theLeapMonthsOf2025To2035AreThePublishedOnes() throws IOException {
		return published().stream().map(row -> DynamicTest.dynamicTest(String.valueOf(row.year()), () -> {
			var leaps = new ArrayList<String>();
			for (int month = 1; month <= 12; month++) {
				var first = LunarCalendar.solar(row.year(), month, true, 1);
				if (first.isPresent()) {
					leaps.add(month + "@" + first.get());
				}
			}
			assertThat(String.join(" ", leaps)).isEqualTo(row.leap());
		}));
	}

	@Test
	void theDaysIcuGetsWrongAreCorrected() {
		assertThat(LunarCalendar.of(LocalDate.of(2027, 2, 6))).isEqualTo(new LunarDate(2027, 1, false, 1));
		assertThat(LunarCalendar.of(LocalDate.of(2027, 2, 5))).isEqualTo(new LunarDate(2026, 12, false, 29));
		assertThat(LunarCalendar.monthLength(2026, 12, false)).contains(29);
		assertThat(LunarCalendar.monthLength(2027, 1, false)).contains(30);
		assertThat(LunarCalendar.of(LocalDate.of(2030, 2, 2))).isEqualTo(new LunarDate(2029, 12, false, 30));
		assertThat(LunarCalendar.of(LocalDate.of(2030, 2, 3))).isEqualTo(new LunarDate(2030, 1, false, 1));
		assertThat(LunarCalendar.of(LocalDate.of(2030, 3, 4))).as("the month after the corrected one begins where ICU says")
			.isEqualTo(new LunarDate(2030, 2, false, 1));
	}

	@Test
	void everyDayFrom1900To2100ConvertsBothWaysAndMonthsHave29Or30Days() {
		LunarDate before = null;
		for (var day = LunarCalendar.FIRST; !day.isAfter(LunarCalendar.LAST); day = day.plusDays(1)) {
			var lunar = LunarCalendar.of(day);
			assertThat(LunarCalendar.solar(lunar.year(), lunar.month(), lunar.leapMonth(), lunar.day())).as("%s = %s", day, lunar).contains(day);
			assertThat(LunarCalendar.monthLength(lunar.year(), lunar.month(), lunar.leapMonth()).orElseThrow()).isBetween(29, 30);
			if (before != null && lunar.day() != before.day() + 1) {
				assertThat(lunar.day()).as("a month begins after %s", before).isEqualTo(1);
				boolean nextMonth = lunar.month() == before.month() % 12 + 1 && !lunar.leapMonth();
				boolean leapAfter = lunar.month() == before.month() && lunar.leapMonth() && !before.leapMonth();
				assertThat(nextMonth || leapAfter).as("%s follows %s", lunar, before).isTrue();
				assertThat(lunar.year()).isEqualTo(lunar.month() == 1 && !lunar.leapMonth() ? before.year() + 1 : before.year());
			}
			before = lunar;
		}
	}

	@Property(tries = 500)
	void aWrittenLunarDateIsTheNextDayWithThatMonthAndDay(@ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 30) int day,
			@ForAll @IntRange(min = 0, max = 3650) int offset) {
		var today = LocalDate.of(2025, 1, 1).plusDays(offset);
		var next = LunarCalendar.next(month, false, day, today).orElseThrow();
		assertThat(next).isAfterOrEqualTo(today).isBefore(today.plusDays(400));
		var lunar = LunarCalendar.of(next);
		assertThat(lunar.month()).isEqualTo(month);
		assertThat(lunar.leapMonth()).isFalse();
		int length = LunarCalendar.monthLength(lunar.year(), month, false).orElseThrow();
		assertThat(lunar.day()).isEqualTo(Math.min(day, length));
		for (var d = today; d.isBefore(next); d = d.plusDays(1)) {
			var between = LunarCalendar.of(d);
			assertThat(between.month() == month && !between.leapMonth() && between.day() == Math.min(day, length))
				.as("no earlier day %s has it", d).isFalse();
		}
	}

	@Test
	void aLunarBirthdayIsOnItsLunarDayEveryYearAndALeapMonthBirthdayInItsMonth() {
		// born on 中秋 1990 (3 October; lunar 1990 had a leap fifth month), celebrated on 中秋 2026
		var born = LunarCalendar.of(LocalDate.of(1990, 10, 3));
		assertThat(born).isEqualTo(new LunarDate(1990, 8, false, 15));
		assertThat(LunarCalendar.birthday(born, 2026)).isEqualTo(LocalDate.of(2026, 9, 25));
		// someone born in 2025's leap sixth month celebrates in the sixth month
		var leapBorn = LunarCalendar.of(LocalDate.of(2025, 7, 30));
		assertThat(leapBorn).isEqualTo(new LunarDate(2025, 6, true, 6));
		assertThat(LunarCalendar.birthday(leapBorn, 2026)).isEqualTo(LunarCalendar.solar(2026, 6, false, 6).orElseThrow());
		// a 30th falls on the 29th in a short month: lunar 2026's twelfth month has 29 days (除夕 2027-02-05)
		var thirtieth = new LunarDate(2000, 12, false, 30);
		assertThat(LunarCalendar.birthday(thirtieth, 2026)).isEqualTo(LocalDate.of(2027, 2, 5));
	}

	@Test
	void lunarDatesAreWrittenAsTheShopWritesThem() {
		assertThat(new LunarDate(2026, 8, false, 15).display(Locale.SIMPLIFIED_CHINESE)).isEqualTo("农历八月十五");
		assertThat(new LunarDate(2025, 6, true, 1).display(Locale.SIMPLIFIED_CHINESE)).isEqualTo("农历闰六月初一");
		assertThat(new LunarDate(2026, 12, false, 23).display(Locale.SIMPLIFIED_CHINESE)).isEqualTo("农历腊月廿三");
		assertThat(new LunarDate(2026, 1, false, 20).display(Locale.SIMPLIFIED_CHINESE)).isEqualTo("农历正月二十");
		assertThat(new LunarDate(2026, 11, false, 30).display(Locale.SIMPLIFIED_CHINESE)).isEqualTo("农历冬月三十");
		assertThat(new LunarDate(2026, 8, false, 15).display(Locale.ENGLISH)).isEqualTo("lunar 8/15");
		assertThat(ChronoUnit.DAYS.between(LocalDate.of(2026, 2, 17), LunarCalendar.festival(Festival.SPRING_FESTIVAL, 2027))).isEqualTo(354);
	}
}
