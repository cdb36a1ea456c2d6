package com.cakeflow.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Orders for the festivals of the Chinese calendar and for written lunar dates (issue 17): "中秋节下午3点自提",
 * "农历八月十五", "正月初三", "Mid-Autumn". The day must be the published one (the Hong Kong Observatory's tables in
 * src/test/resources/calendar/festivals-2025-2035.csv, not the calendar code under test) of the year of the order, or of
 * the next year when it has passed.
 */
class LunarDatesInOrdersTests {

	final OrderTextParser parser = new OrderTextParser(OrderTextParserTests.catalog(), OrderTextParserTests.messages(),
			new InscriptionChecks(OrderTextParserTests.messages()));

	/** The column of the published table each way of writing a day names. */
	static final Map<String, List<String>> WRITTEN = Map.of(
			"春节", List.of("春节", "春節", "大年初一", "正月初一", "农历正月初一", "Chinese New Year", "Lunar New Year", "spring festival"),
			"元宵", List.of("元宵节", "元宵", "正月十五", "农历正月十五", "阴历1月15日", "Lantern Festival"),
			"端午", List.of("端午节", "端午", "五月初五", "农历五月初五", "Dragon Boat Festival", "dragon boat"),
			"七夕", List.of("七夕", "七夕节", "七月初七", "农历七月初七", "Qixi", "Chinese Valentine's Day"),
			"中秋", List.of("中秋节", "中秋", "农历八月十五", "阴历八月十五号", "Mid-Autumn Festival", "mid autumn"),
			"重阳", List.of("重阳节", "重阳", "九月初九", "农历九月初九", "Double Ninth"),
			"腊八", List.of("腊八节", "腊八", "腊月初八", "农历十二月初八", "Laba"),
			"除夕", List.of("除夕", "除夕夜", "大年三十", "年三十", "Chinese New Year's Eve"));

	static Map<String, List<LocalDate>> published() throws IOException {
		var days = new HashMap<String, List<LocalDate>>();
		String[] header = null;
		for (var line : Files.readAllLines(Path.of("src/test/resources/calendar/festivals-2025-2035.csv"), StandardCharsets.UTF_8)) {
			if (line.startsWith("year,")) {
				header = line.split(",");
			}
			else if (!line.isBlank() && Character.isDigit(line.charAt(0))) {
				var cells = line.split(",", -1);
				for (int i = 1; i <= 8; i++) {
					days.computeIfAbsent(header[i], k -> new ArrayList<>()).add(LocalDate.parse(cells[i]));
				}
			}
		}
		return days;
	}

	record Festive(String festival, String written, LocalDateTime now, String text) {
		@Override
		public String toString() {
			return text + " @ " + now;
		}
	}

	@Provide
	Arbitrary<Festive> festiveOrders() {
		var festival = Arbitraries.of(WRITTEN.keySet().stream().sorted().toList());
		// "now" from 8 January 2025 (after the 腊八 of lunar 2024, which the table does not hold) to 2034, so that the
		// next festival is always in the table
		var now = Arbitraries.longs().between(7, 3650).map(d -> LocalDate.of(2025, 1, 1).plusDays(d).atTime(9, 30));
		var separator = Arbitraries.of(" ", "，", "、", "；", "\n", "。", " , ");
		var order = Arbitraries.integers().between(0, 2);
		return Combinators.combine(festival, now, separator, order, Arbitraries.integers().between(0, 10)).as((f, n, sep, o, pick) -> {
			var ways = WRITTEN.get(f);
			var written = ways.get(pick % ways.size());
			boolean english = written.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
			var when = english ? written + " 3pm" : written + "下午3点";
			var parts = new ArrayList<>(english ? List.of("Ann 13812345678", "8 inch chocolate pickup", when)
					: List.of("王女士 13812345678", "8寸巧克力 自提", when));
			java.util.Collections.rotate(parts, o);
			return new Festive(f, written, n, String.join(sep, parts));
		});
	}

	@Property(tries = 1500)
	void aFestivalOrALunarDateIsItsPublishedDayThisYearOrNext(@ForAll("festiveOrders") Festive order) throws IOException {
		var today = order.now().toLocalDate();
		var expected = published().get(order.festival()).stream().filter(d -> !d.isBefore(today)).min(LocalDate::compareTo).orElseThrow();
		var draft = parser.parse(order.text(), order.now(), Locale.CHINA);
		assertThat(draft.dueAt()).as("%s", order).isEqualTo(expected + "T15:00:00");
		assertThat(draft.phone()).isEqualTo("13812345678");
		assertThat(draft.sizeInches()).isEqualTo(8);
	}

	@Test
	void theSpringFestivalOf2027IsThePublishedSixthOfFebruaryNotIcusSeventh() {
		var draft = parser.parse("春节 下午2点 自提 6寸芒果 李先生 13900001111", LocalDateTime.of(2026, 12, 5, 10, 0), Locale.CHINA);
		assertThat(draft.dueAt()).isEqualTo("2027-02-06T14:00:00");
		var eve = parser.parse("除夕 上午10点 自提 6寸芒果 李先生 13900001111", LocalDateTime.of(2026, 12, 5, 10, 0), Locale.CHINA);
		assertThat(eve.dueAt()).isEqualTo("2027-02-05T10:00:00");
	}

	@Test
	void aWrittenLunarDateSaysWhichDayItIs() {
		var draft = parser.parse("农历八月十五 下午3点 自提 8寸芒果 王女士 13812345678", LocalDateTime.of(2026, 12, 5, 10, 0), Locale.CHINA);
		assertThat(draft.dueAt()).isEqualTo("2027-09-15T15:00:00");
		assertThat(draft.warnings()).contains("农历八月十五 是农历，即 2027-09-15");
	}

	@Test
	void aMonthAndDayWithoutALunarSignAreGregorian() {
		var draft = parser.parse("八月十五 下午3点 自提 8寸芒果 王女士 13812345678", LocalDateTime.of(2026, 12, 5, 10, 0), Locale.CHINA);
		assertThat(draft.dueAt()).isEqualTo("2027-08-15T15:00:00");
		var numbers = parser.parse("3月5日 下午3点 自提 8寸芒果 王女士 13812345678", LocalDateTime.of(2026, 12, 5, 10, 0), Locale.CHINA);
		assertThat(numbers.dueAt()).isEqualTo("2027-03-05T15:00:00");
	}

	@Test
	void aLeapMonthDateIsInTheYearThatHasIt() {
		// 闰六月 comes in lunar 2025 (from 25 July 2025), not again before 2036
		var draft = parser.parse("闰六月初一 下午3点 自提 8寸芒果 王女士 13812345678", LocalDateTime.of(2025, 3, 1, 10, 0), Locale.CHINA);
		assertThat(draft.dueAt()).isEqualTo("2025-07-25T15:00:00");
		var none = parser.parse("闰六月初一 下午3点 自提 8寸芒果 王女士 13812345678", LocalDateTime.of(2026, 3, 1, 10, 0), Locale.CHINA);
		assertThat(none.dueAt()).isNull();
		assertThat(none.warnings()).anyMatch(w -> w.contains("闰六月初一"));
	}

	@Test
	void anEnglishNewYearsEveIsTheThirtyFirstOfDecember() {
		var draft = parser.parse("Ann 13812345678 8 inch chocolate pickup New Year's Eve 6pm", LocalDateTime.of(2026, 12, 5, 10, 0), Locale.CHINA);
		assertThat(draft.dueAt()).isEqualTo("2026-12-31T18:00:00");
	}
}
