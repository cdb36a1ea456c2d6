package com.cakeflow.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cakeflow.catalog.Catalog;
import com.cakeflow.catalog.Flavor;
import com.cakeflow.order.TimelineType.Kind;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every timeline type reads as words in Chinese and English: a heading and a line for it and each of its variants in
 * both message files, placeholders only of the details the type keeps, and every detail shown in the reader's terms
 * (statuses, stages, channels translated; money in yuan; times in the store's zone).
 */
class TimelineTextTests {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final ResourceBundleMessageSource messages = messages();
	private final TimelineText text = new TimelineText(messages, catalog());

	@ParameterizedTest
	@EnumSource(TimelineType.class)
	void everyTypeHasItsWordsInBothLanguagesWithOnlyItsOwnPlaceholders(TimelineType type) {
		for (var locale : List.of(ZH, Locale.ENGLISH)) {
			assertThat(text.heading(type, locale)).as(type + " heading").isNotEqualTo(type.name()).isNotBlank();
			var line = messages.getMessage("timeline." + type.name() + ".detail", null, null, locale);
			assertThat(line).as(type + " line in " + locale).isNotNull();
			var declared = type.args().stream().map(TimelineType.Arg::name).collect(Collectors.toSet());
			assertThat(placeholders(line)).as(type + " placeholders in " + locale).isSubsetOf(declared);
		}
		assertThat(placeholders(messages.getMessage("timeline." + type.name() + ".detail", null, ZH)))
			.as("both languages use the same details").isEqualTo(placeholders(messages.getMessage("timeline." + type.name() + ".detail", null,
					Locale.ENGLISH)));
	}

	@ParameterizedTest
	@EnumSource(TimelineType.class)
	void anEntryWithEveryDetailReadsWithoutCodeNamesOrLeftOverPlaceholders(TimelineType type) {
		var details = sample(type);
		for (var locale : List.of(ZH, Locale.ENGLISH)) {
			var line = text.line(type, details, locale, SHANGHAI);
			assertThat(line).as(type + " in " + locale).doesNotContain("{", "}", "null");
			if (!type.args().isEmpty()) {
				assertThat(line).isNotBlank();
			}
			for (var arg : type.args()) {
				if (Set.of(Kind.STATUS, Kind.STAGE, Kind.CHANNEL, Kind.ALERT, Kind.METHOD, Kind.FULFILLMENT, Kind.ROLE).contains(arg.kind())
						&& placeholders(messages.getMessage("timeline." + type.name() + ".detail", null, locale)).contains(arg.name())) {
					assertThat(line).as(type + "." + arg.name() + " in " + locale + " is translated").doesNotContain(String.valueOf(details.get(arg.name())));
				}
			}
		}
	}

	@Test
	void statusChangesMoneyAndTimesReadAsTheShopSaysThem() {
		assertThat(text.line(TimelineType.STATUS_CHANGED, Map.of("from", "AWAITING_DEPOSIT", "to", "CONFIRMED"), ZH, SHANGHAI))
			.isEqualTo("待付定金 → 已确认");
		assertThat(text.line(TimelineType.STATUS_CHANGED, Map.of("from", "AWAITING_DEPOSIT", "to", "CONFIRMED"), Locale.ENGLISH, SHANGHAI))
			.doesNotContain("AWAITING_DEPOSIT");
		assertThat(text.line(TimelineType.PAYMENT_RECEIVED, Map.of("amount", 6600, "method", "CASH", "paid", 6600, "total", 22800), ZH, SHANGHAI))
			.isEqualTo("¥66.00（现金），已付 ¥66.00 / 共 ¥228.00");
		var booked = Map.<String, Object>of("bake", 50, "decorate", 40, "pack", 10, "slots", List.of(
				Map.of("station", "BAKE", "at", "2026-12-04T07:00:00Z", "minutes", 50, "skills", List.of()),
				Map.of("station", "DECORATE", "at", "2026-12-04T08:00:00Z", "minutes", 40, "skills", List.of("CALLIGRAPHY"))));
		assertThat(text.line(TimelineType.CAPACITY_BOOKED, booked, ZH, SHANGHAI)).as("the store's zone, not UTC")
			.isEqualTo("烘焙 50 分钟、裱花 40 分钟、包装 10 分钟：烘焙 12-04 15:00 50 分钟，裱花 12-04 16:00 40 分钟（书法写字）");
		assertThat(text.line(TimelineType.CAPACITY_BOOKED, booked, ZH, ZoneId.of("Europe/Berlin"))).contains("12-04 08:00");
	}

	@Test
	void variantsLegacyTextAndMissingDetailsStillRead() {
		assertThat(text.line(TimelineType.TASK_ASSIGNED, TimelineType.details("task", "烘焙 Bake cake", TimelineType.VARIANT, "nobody"), ZH, SHANGHAI))
			.isEqualTo("烘焙 → 暂无人接");
		assertThat(text.line(TimelineType.TASK_ASSIGNED, TimelineType.details("task", "烘焙 Bake cake", "person", "baker2"), Locale.ENGLISH, SHANGHAI))
			.isEqualTo("Bake cake → baker2");
		assertThat(text.line(TimelineType.ORDER_CHANGED, Map.of("text", "due 2026-12-04T07:00:00Z → 2026-12-05T07:00:00Z"), ZH, SHANGHAI))
			.as("an entry from before the timeline was typed").isEqualTo("due 2026-12-04T07:00:00Z → 2026-12-05T07:00:00Z");
		assertThat(text.line(TimelineType.CUSTOMER_NOTIFIED, Map.of(), ZH, SHANGHAI)).contains("取货码");
		assertThat(text.line(TimelineType.ALERT_RAISED, TimelineType.details("alert", "AT_RISK", "detail", "predicted ready 12-05 09:35", "id", 7), ZH,
				SHANGHAI)).isEqualTo("可能延误：predicted ready 12-05 09:35（提醒 #7）");
	}

	@Test
	void orderChangesAreListedInTheReadersWords() {
		var changes = List.of(Map.<String, Object>of("what", "due", "from", "2026-12-04T07:00:00Z", "to", "2026-12-05T03:30:00Z"),
				Map.<String, Object>of("what", "flavor", "line", 1, "from", "TARO", "to", "CHOCOLATE"), Map.<String, Object>of("what", "notes"),
				Map.<String, Object>of("what", "total", "from", 24800, "to", 22800));
		assertThat(text.line(TimelineType.ORDER_CHANGED, Map.of("changes", changes), ZH, SHANGHAI))
			.isEqualTo("时间 12-04 15:00 → 12-05 11:30，第 1 个蛋糕 香芋 → 巧克力，备注已修改，总价 ¥248.00 → ¥228.00");
		assertThat(text.line(TimelineType.ORDER_CHANGED, Map.of("changes", changes), Locale.ENGLISH, SHANGHAI))
			.isEqualTo("time 12-04 15:00 → 12-05 11:30, cake 1 Taro → Chocolate, notes changed, total ¥248.00 → ¥228.00");
	}

	@Test
	void aTaskNameIsTheDiagramsNameInTheReadersLanguage() {
		assertThat(TimelineText.taskName("包装质检 Pack & QC", ZH)).isEqualTo("包装质检");
		assertThat(TimelineText.taskName("包装质检 Pack & QC", Locale.ENGLISH)).isEqualTo("Pack & QC");
		assertThat(TimelineText.taskName("Bake cake", ZH)).as("one language only: shown whole").isEqualTo("Bake cake");
		assertThat(TimelineText.taskName("烘焙", Locale.ENGLISH)).isEqualTo("烘焙");
	}

	/**
	 * Whatever an entry holds — any subset of its details, values of the wrong shape (as an older or hand-edited row
	 * may), free text with braces, dollar signs and backslashes — the line renders without failing, in both languages,
	 * and every free text the entry names is shown as written.
	 */
	@Property(tries = 2000)
	void anyEntryRendersAndShowsItsTextsAsWritten(@ForAll TimelineType type, @ForAll("details") Map<String, Object> raw, @ForAll boolean english) {
		var details = new java.util.LinkedHashMap<String, Object>();
		var names = type.args().stream().map(TimelineType.Arg::name).toList();
		var values = new java.util.ArrayList<>(raw.values());
		for (int i = 0; i < names.size() && i < values.size(); i++) {
			if (values.get(i) != null) {
				details.put(names.get(i), values.get(i));
			}
		}
		var locale = english ? Locale.ENGLISH : ZH;
		var line = text.line(type, details, locale, SHANGHAI);
		assertThat(line).isNotNull();
		var shown = placeholders(messages.getMessage("timeline." + type.name() + ".detail", null, locale));
		for (var arg : type.args()) {
			if (arg.kind() == Kind.TEXT && shown.contains(arg.name()) && details.get(arg.name()) instanceof String written && !written.isBlank()) {
				assertThat(line).as(type + "." + arg.name()).contains(written);
			}
		}
	}

	@Provide
	Arbitrary<Map<String, Object>> details() {
		Arbitrary<Object> value = Arbitraries.oneOf(
				Arbitraries.strings().withChars("王小姐{}$\\→ ab1:,（）").ofMaxLength(12).map(Object.class::cast),
				Arbitraries.longs().between(-1, 10_000_000).map(Object.class::cast),
				Arbitraries.of("BAKING", "DELIVER", "MEITUAN", "CASH", "TARO", "2026-12-04T07:00:00Z", "not-an-instant", "烘焙 Bake cake").map(Object.class::cast),
				Arbitraries.just(List.of(Map.of("size", 8, "flavor", "TARO", "quantity", 1), "not a map")).map(Object.class::cast),
				Arbitraries.just(true).map(Object.class::cast));
		return Arbitraries.maps(Arbitraries.strings().alpha().ofLength(4), value).ofMaxSize(6).map(m -> (Map<String, Object>) new java.util.LinkedHashMap<>(m));
	}

	/** A value for every detail of the type, as the code writes them. */
	private static Map<String, Object> sample(TimelineType type) {
		var details = new java.util.LinkedHashMap<String, Object>();
		for (var arg : type.args()) {
			details.put(arg.name(), switch (arg.kind()) {
				case TEXT -> "王小姐";
				case NUMBER -> 3;
				case MONEY -> 12_800;
				case TIME -> "2026-12-04T07:00:00Z";
				case STATUS -> "DECORATING";
				case STAGE -> "DECORATE";
				case ROLE -> "DECORATOR";
				case CHANNEL -> "MEITUAN";
				case FULFILLMENT -> "DELIVERY";
				case METHOD -> "ONLINE";
				case ALERT -> "OVERDUE_STAGE";
				case PHOTO -> "REFERENCE";
				case PROOF -> "READ_BACK";
				case FLAVOR -> "TARO";
				case TASK -> "裱花写字 Decorate cake";
				case TASKS -> List.of(Map.of("task", "裱花写字 Decorate cake", "person", "decorator1"));
				case CAKES -> List.of(Map.of("size", 8, "flavor", "TARO", "quantity", 1));
				case SLOTS -> List.of(Map.of("station", "DECORATE", "at", "2026-12-04T07:00:00Z", "minutes", 40, "skills", List.of("CALLIGRAPHY")));
				case CHANGES -> List.of(Map.of("what", "notes"));
			});
		}
		return details;
	}

	private static Set<String> placeholders(String message) {
		var names = new TreeSet<String>();
		var m = PLACEHOLDER.matcher(message);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	private static Catalog catalog() {
		var catalog = mock(Catalog.class);
		when(catalog.flavor(anyString())).thenAnswer(call -> switch ((String) call.getArgument(0)) {
			case "TARO" -> Optional.of(new Flavor("TARO", "香芋", "Taro", 2000, 0));
			case "CHOCOLATE" -> Optional.of(new Flavor("CHOCOLATE", "巧克力", "Chocolate", 0, 0));
			default -> Optional.empty();
		});
		return catalog;
	}

	private static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
