package com.cakeflow.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Several orders pasted at once (批量录入, issue 17): a chat export, a list, blocks between blank lines or one order
 * per line become one draft each, with every order's own fields; a corporate order of N identical cakes is one draft
 * of quantity N.
 */
class OrderBatchTests {

	static final LocalDateTime NOW = ComposedOrderProperties.NOW;

	final OrderTextParser parser = new OrderTextParser(OrderTextParserTests.catalog(), OrderTextParserTests.messages(),
			new InscriptionChecks(OrderTextParserTests.messages()));

	@Test
	void aWechatChatExportGivesADraftPerOrderAndLeavesTheChatOut() {
		var batch = parser.parseAll("""
				王女士 2026/12/4 10:23
				6寸芒果 明天下午3点自提 13812345678
				李先生 2026/12/4 10:25
				好的，谢谢
				陈小姐 2026-12-04 10:30:12
				8寸巧克力 周日上午10点 送到静安区南京西路100号
				13900001111 写"生日快乐"
				""", NOW, Locale.CHINA);
		assertThat(batch.drafts()).hasSize(2);
		var first = batch.drafts().get(0).draft();
		assertThat(first.customerName()).isEqualTo("王女士");
		assertThat(first.phone()).isEqualTo("13812345678");
		assertThat(first.flavor()).isEqualTo("MANGO");
		assertThat(first.dueAt()).isEqualTo("2026-12-05T15:00:00");
		var second = batch.drafts().get(1).draft();
		assertThat(second.customerName()).isEqualTo("陈小姐");
		assertThat(second.phone()).isEqualTo("13900001111");
		assertThat(second.address()).isEqualTo("静安区南京西路100号");
		assertThat(second.inscription()).isEqualTo("生日快乐");
		assertThat(batch.skipped()).containsExactly("李先生：好的，谢谢");
	}

	@Test
	void aCorporateOrderOfIdenticalCakesIsOneDraftWithItsQuantity() {
		var batch = parser.parseAll("公司下午茶 5 个 6 寸芒果，周五下午 3 点送到静安区南京西路100号，联系人刘小姐 13700001111", NOW, Locale.CHINA);
		assertThat(batch.drafts()).hasSize(1);
		var draft = batch.drafts().get(0).draft();
		assertThat(draft.quantity()).isEqualTo(5);
		assertThat(draft.sizeInches()).isEqualTo(6);
		assertThat(draft.flavor()).isEqualTo("MANGO");
		assertThat(draft.fulfillment()).isEqualTo("DELIVERY");
		assertThat(draft.phone()).isEqualTo("13700001111");
	}

	@Test
	void ordersWrittenFieldByFieldBetweenBlankLinesStayWhole() {
		var batch = parser.parseAll("""
				姓名：王女士
				电话：13812345678
				蛋糕：8寸红丝绒
				时间：明天下午3点自提

				姓名：李先生
				电话：13900002222
				蛋糕：6寸抹茶
				时间：周日上午11点
				地址：徐汇区衡山路12号
				""", NOW, Locale.CHINA);
		assertThat(batch.drafts()).extracting(d -> d.draft().customerName() + " " + d.draft().phone() + " " + d.draft().sizeInches() + " "
				+ d.draft().flavor() + " " + d.draft().fulfillment())
			.containsExactly("王女士 13812345678 8 RED_VELVET PICKUP", "李先生 13900002222 6 MATCHA DELIVERY");
		assertThat(batch.drafts().get(1).draft().address()).isEqualTo("徐汇区衡山路12号");
	}

	@Test
	void aNumberedListAndOneOrderPerLineGiveOneDraftEach() {
		var list = parser.parseAll("""
				1. 张女士 13812345678 明天下午3点 自提 6寸芒果
				2、李先生 13900002222 后天上午10点 自提 8寸巧克力 写"生日快乐"
				3) Ann 13700003333 8 inch strawberry pickup Sunday 2pm
				""", NOW, Locale.CHINA);
		assertThat(list.drafts()).extracting(d -> d.draft().phone()).containsExactly("13812345678", "13900002222", "13700003333");
		var lines = parser.parseAll("张女士 13812345678 明天下午3点 自提 6寸芒果\n李先生 13900002222 后天上午10点 自提 8寸巧克力", NOW, Locale.CHINA);
		assertThat(lines.drafts()).extracting(d -> d.draft().flavor()).containsExactly("MANGO", "CHOCOLATE");
		assertThat(lines.drafts()).extracting(d -> d.draft().customerName()).containsExactly("张女士", "李先生");
	}

	@Test
	void aLabelAfterOtherWordsIsNoSpeaker() {
		// found by everyOrderOfAPasteComesBackAsItsOwnDraft on CI: "加一盒蜡烛地址：" had been read as someone speaking
		var batch = parser.parseAll("12寸抹茶。陈娜\n加一盒蜡烛地址：浦东新区衡山路1906号3室15038878753，写 生日快乐，大后天上午9点", NOW, Locale.CHINA);
		assertThat(batch.drafts()).hasSize(1);
		assertThat(batch.drafts().get(0).draft().phone()).isEqualTo("15038878753");
		assertThat(batch.drafts().get(0).draft().sizeInches()).isEqualTo(12);
	}

	@Test
	void aSingleOrderOverSeveralLinesIsOneDraft() {
		var batch = parser.parseAll("王女士 13812345678\n明天下午3点自提\n8寸巧克力\n写\"生日快乐\"", NOW, Locale.CHINA);
		assertThat(batch.drafts()).hasSize(1);
		assertThat(batch.drafts().get(0).draft().inscription()).isEqualTo("生日快乐");
	}

	@Property(tries = 300)
	void anyPasteAtAllIsReadWithoutFailingAndKeepsEveryPiece(@ForAll("junk") String paste) {
		var batch = parser.parseAll(paste, NOW, Locale.CHINA);
		assertThat(batch.drafts().size()).isLessThanOrEqualTo(OrderTextParser.MAX_BATCH_ORDERS);
		assertThat(batch.drafts()).allSatisfy(d -> assertThat(d.text().length()).isLessThanOrEqualTo(OrderTextParser.MAX_TEXT));
		var kept = new ArrayList<String>();
		batch.drafts().forEach(d -> kept.add(d.text()));
		kept.addAll(batch.skipped());
		// nothing written is lost: every non-blank line is in a draft or in what was skipped (a chat header names the next line's writer)
		for (var line : paste.split("\\R")) {
			if (!line.isBlank() && !OrderBatch.header(line)) {
				assertThat(kept).as("line %s", line).anyMatch(piece -> piece.contains(line.strip()));
			}
		}
	}

	@Provide
	Arbitrary<String> junk() {
		var piece = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40), Arbitraries.of("\n", "\n\n", "1. ", "王女士：", "电话：",
				"13812345678", "8寸", "张三 2026/12/4 10:23\n", "\u0000", "：：", "①", "x".repeat(2100)));
		return piece.list().ofMaxSize(30).map(parts -> String.join("", parts));
	}

	/** Orders composed as in {@link ComposedOrderProperties}, several in one paste, each separated as people separate them. */
	record Paste(String text, List<ComposedOrderProperties.Composed> orders) {
		@Override
		public String toString() {
			return text;
		}
	}

	@Provide
	Arbitrary<Paste> pastes() {
		var composer = new ComposedOrderProperties();
		return Arbitraries.longs().map(seed -> {
			var random = new Random(seed);
			int n = 1 + random.nextInt(6);
			int style = random.nextInt(4);
			var orders = new ArrayList<ComposedOrderProperties.Composed>();
			var text = new StringBuilder();
			for (int i = 0; i < n; i++) {
				var order = random.nextInt(4) == 0 ? composer.english(random) : composer.chinese(random);
				orders.add(order);
				var body = order.text();
				switch (style) {
					case 0 -> text.append(body).append("\n\n");
					case 1 -> text.append(i + 1).append(random.nextBoolean() ? ". " : "、").append(body.replace("\n", "，")).append('\n');
					case 2 -> text.append("群友").append(i).append(" 2026/12/4 10:").append(10 + i).append('\n').append(body).append('\n');
					default -> text.append(body.replace("\n", "，")).append('\n');
				}
			}
			return new Paste(text.toString(), orders);
		});
	}

	@Property(tries = 400)
	void everyOrderOfAPasteComesBackAsItsOwnDraft(@ForAll("pastes") Paste paste) {
		var batch = parser.parseAll(paste.text(), NOW, Locale.CHINA);
		assertThat(batch.drafts()).as("drafts of: %s", paste.text()).hasSize(paste.orders().size());
		for (int i = 0; i < paste.orders().size(); i++) {
			var want = paste.orders().get(i);
			var got = batch.drafts().get(i).draft();
			assertThat(got.phone()).as("phone of order %d in: %s", i + 1, paste.text()).isEqualTo(want.phone());
			assertThat(got.sizeInches()).as("size of order %d in: %s", i + 1, paste.text()).isEqualTo(want.size());
			assertThat(got.flavor()).as("flavor of order %d in: %s", i + 1, paste.text()).isEqualTo(want.flavor());
			assertThat(got.dueAt()).as("due of order %d in: %s", i + 1, paste.text())
				.isEqualTo(want.due().toString() + (want.due().getSecond() == 0 ? ":00" : ""));
		}
	}
}
