package com.cakeflow.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cakeflow.catalog.CakeSize;
import com.cakeflow.catalog.Catalog;
import com.cakeflow.catalog.Flavor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The free-text reader against the contract's samples and harder cases of our own, plus what it warns and corrects. */
class OrderTextParserTests {

	static final List<CakeSize> SIZES = List.of(new CakeSize(6, 12800, 0, 12, 40, 25, 10, "2-4"), new CakeSize(8, 19800, 30, 16, 50, 35, 10, "5-8"),
			new CakeSize(10, 28800, 60, 20, 60, 45, 15, "8-12"), new CakeSize(12, 38800, 120, 24, 75, 60, 15, "12-16"));
	static final List<Flavor> FLAVORS = List.of(
			new Flavor("CHOCOLATE", "巧克力", "Chocolate", 0, 240, "朱古力,巧克力味,choc,choco"),
			new Flavor("STRAWBERRY", "草莓", "Strawberry", 2000, 240, "士多啤梨,strawberries"),
			new Flavor("MANGO", "芒果", "Mango", 2000, 240, "芒果味,mangoes"),
			new Flavor("MATCHA", "抹茶", "Matcha", 1500, 300, "green tea,抹茶味"),
			new Flavor("VANILLA", "香草", "Vanilla", 0, 180, "云呢拿,原味"),
			new Flavor("TIRAMISU", "提拉米苏", "Tiramisu", 3000, 480, "提拉米蘇,tiramisù"),
			new Flavor("BLACK_FOREST", "黑森林", "Black Forest", 2500, 360, "黑森林蛋糕,schwarzwald"),
			new Flavor("RED_VELVET", "红丝绒", "Red Velvet", 2500, 300, "红丝绒蛋糕,redvelvet"),
			new Flavor("DURIAN", "榴莲", "Durian", 6000, 1440, "猫山王,榴蓮"),
			new Flavor("TARO", "芋泥", "Taro", 2000, 300, "芋头,香芋,芋泥波波"),
			new Flavor("CHEESE", "芝士", "Cheese", 2500, 720, "起司,乳酪,奶酪,cheesecake,芝士蛋糕"),
			new Flavor("FRUIT", "水果", "Fresh Fruit", 3000, 180, "鲜果,水果蛋糕,fruit,fruits"));
	static final List<String> FIELDS = List.of("customerName", "phone", "sizeInches", "flavor", "inscription", "fulfillment", "dueAt", "address");
	static final ObjectMapper JSON = new ObjectMapper();
	static final LocalDateTime WEDNESDAY_10AM = LocalDateTime.of(2026, 11, 18, 10, 0);

	final OrderTextParser parser = new OrderTextParser(catalog(), messages(), new InscriptionChecks(messages()));

	static Stream<Arguments> samples() throws Exception {
		return cases("/entry/order-entry-samples.jsonl");
	}

	static Stream<Arguments> ownCases() throws Exception {
		return cases("/entry/order-entry-cases.jsonl");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void readsEveryFieldOfTheContractSamples(String text, LocalDateTime now, JsonNode expected) {
		assertThat(fields(parser.parse(text, now, Locale.CHINA))).isEqualTo(fields(expected));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ownCases")
	void readsEveryFieldOfHarderCasesBeyondTheSamples(String text, LocalDateTime now, JsonNode expected) {
		assertThat(fields(parser.parse(text, now, Locale.CHINA))).isEqualTo(fields(expected));
	}

	@Test
	void reportsEachTypoItCorrects() {
		var draft = parser.parse("8村巧克立，明天中午12点取，陈静15800001111，写生日快乐", WEDNESDAY_10AM, Locale.CHINA);
		assertThat(draft.corrections()).containsExactlyInAnyOrder(new OrderDraft.Correction("sizeInches", "8村", "8"),
				new OrderDraft.Correction("flavor", "巧克立", "CHOCOLATE"));
		var english = parser.parse("strawbery 6 inch pickup Friday 3pm Mary 13711112222", WEDNESDAY_10AM, Locale.ENGLISH);
		assertThat(english.corrections()).containsExactly(new OrderDraft.Correction("flavor", "strawbery", "STRAWBERRY"));
	}

	@Test
	void doesNotCorrectWordsThatOnlyShareACharacterWithAFlavor() {
		var draft = parser.parse("如果下雨就改天 6寸 明天下午3点 王女士 13800001111", WEDNESDAY_10AM, Locale.CHINA);
		assertThat(draft.flavor()).isNull();
		assertThat(draft.corrections()).isEmpty();
		assertThat(draft.warnings()).contains("没写口味");
	}

	@Test
	void warnsAboutWhatTheClerkMustCheck() {
		var draft = parser.parse("7寸巧克力 今天上午11点 送货 13800001111", WEDNESDAY_10AM, Locale.CHINA);
		assertThat(draft.warnings()).contains("没有 7 寸的蛋糕（可选 6/8/10/12 寸）", "没写顾客姓名", "配送订单还没有地址");
		var tooSoon = parser.parse("8寸提拉米苏 今天下午2点 自提 王女士 13800001111", WEDNESDAY_10AM, Locale.CHINA);
		assertThat(tooSoon.warnings()).contains("来不及：这个蛋糕最早 11-18 18:30 做好");
		var noTime = parser.parse("6寸芒果 周六 自提 王女士 13800001111", WEDNESDAY_10AM, Locale.ENGLISH);
		assertThat(noTime.dueAt()).isNull();
		assertThat(noTime.dueDate()).isEqualTo("2026-11-21");
		assertThat(noTime.warnings()).contains("No time given; please add when it is due");
	}

	@Test
	void saysOfEachFieldWhetherItWasWrittenCorrectedOrGuessed() {
		var written = parser.parse("6寸芒果 明天下午3点 自提 王女士 13800001111 写\"生日快乐\"", WEDNESDAY_10AM, Locale.CHINA);
		assertThat(written.confidence()).containsOnly(Map.entry("customerName", "stated"), Map.entry("phone", "stated"),
				Map.entry("sizeInches", "stated"), Map.entry("flavor", "stated"), Map.entry("inscription", "stated"), Map.entry("dueDate", "stated"),
				Map.entry("dueTime", "stated"), Map.entry("fulfillment", "stated"));
		var guessed = parser.parse("6寸巧克立 3点 王女士 13800001111", WEDNESDAY_10AM, Locale.CHINA);
		assertThat(guessed.confidence()).containsEntry("flavor", "corrected").containsEntry("sizeInches", "stated")
			.containsEntry("dueDate", "guessed").containsEntry("dueTime", "guessed").containsEntry("fulfillment", "guessed")
			.doesNotContainKey("address").doesNotContainKey("inscription");
		assertThat(guessed.uncertain("flavor")).isTrue();
		assertThat(guessed.uncertain("phone")).isFalse();
		var period = parser.parse("6寸芒果 周五下午 送到静安区南京西路100号 王女士 13800001111", WEDNESDAY_10AM, Locale.CHINA);
		assertThat(period.confidence()).containsEntry("dueDate", "stated").containsEntry("dueTime", "guessed").containsEntry("address", "stated")
			.containsEntry("fulfillment", "stated");
	}

	@Test
	void readsAPlainAfternoonHourAndSaysSo() {
		var draft = parser.parse("6寸芒果 明天3点 自提 王女士 13800001111", WEDNESDAY_10AM, Locale.CHINA);
		assertThat(draft.dueAt()).isEqualTo("2026-11-19T15:00:00");
		assertThat(draft.warnings()).contains("没写上午还是下午，按 15:00 算");
	}

	@Test
	void keepsTheFirstOfTwoPhonesAndWarns() {
		var draft = parser.parse("6寸芒果 明天下午3点 自提 王女士 13800001111 备用 13900002222", WEDNESDAY_10AM, Locale.CHINA);
		assertThat(draft.phone()).isEqualTo("13800001111");
		assertThat(draft.warnings()).contains("还有一个号码 13900002222，只用了第一个");
	}

	@Test
	void readsAnInscriptionWidthWithLatinLettersAsHalves() {
		var draft = parser.parse("6寸芒果 明天下午3点 自提 王女士 13800001111 写\"祝亲爱的妈妈生日快乐身体健康\"", WEDNESDAY_10AM, Locale.CHINA);
		assertThat(draft.warnings()).contains("写字约 14 个字，6 寸蛋糕最多 12 个字");
		var english = parser.parse("6 inch mango tomorrow 3pm pickup Ann 13800001111 write \"Happy Birthday Ann\"", WEDNESDAY_10AM, Locale.CHINA);
		assertThat(english.warnings()).noneMatch(w -> w.startsWith("写字约"));
	}

	private static Stream<Arguments> cases(String resource) throws Exception {
		try (var in = OrderTextParserTests.class.getResourceAsStream(resource);
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().filter(line -> !line.isBlank()).map(line -> {
				try {
					var node = JSON.readTree(line);
					var now = OffsetDateTime.parse(node.get("now").asText()).atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDateTime();
					return Arguments.of(node.get("text").asText(), now, node.get("expect"));
				}
				catch (Exception unreadable) {
					throw new IllegalStateException(unreadable);
				}
			}).toList().stream();
		}
	}

	private static String fields(OrderDraft draft) {
		return fields(JSON.valueToTree(draft));
	}

	private static String fields(JsonNode node) {
		var shown = new StringBuilder();
		for (var field : FIELDS) {
			var value = node.get(field);
			shown.append(field).append('=').append(value == null || value.isNull() ? "null" : value.asText()).append('\n');
		}
		return shown.toString();
	}

	static Catalog catalog() {
		var catalog = mock(Catalog.class);
		when(catalog.sizes()).thenReturn(SIZES);
		when(catalog.flavors()).thenReturn(FLAVORS);
		when(catalog.size(anyInt())).thenAnswer(call -> SIZES.stream().filter(s -> s.inches() == (int) call.getArgument(0)).findFirst());
		when(catalog.flavor(anyString())).thenAnswer(call -> FLAVORS.stream().filter(f -> f.code().equals(call.getArgument(0))).findFirst()
			.map(Optional::of).orElse(Optional.empty()));
		return catalog;
	}

	static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
