package com.cakeflow.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a paste of several orders (批量录入) into the text of each: a WeChat chat export (a "name date time" line
 * before each message, or "name: message"), a numbered list ("1.", "2、", "①"), orders between blank lines, or one
 * order per line. Lines of one order stay together: a new order starts where a line brings a second phone or a
 * second cake to the one before. Lines that ask for nothing ("好的", "谢谢") are left out and returned apart.
 */
final class OrderBatch {

	/** One order's text, or a piece that holds no order. */
	record Piece(String text, boolean order) {
	}

	/**
	 * A chat export's header line: "张三 2026/12/5 10:23", "2026-12-05 10:23:45 张三", "张三 10:23:45" (a date or
	 * seconds: "自提 15:30" is part of an order).
	 */
	private static final Pattern CHAT_HEADER = Pattern.compile(
			"\\s*(?:\\[?\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?[ T]+\\d{1,2}:\\d{2}(?::\\d{2})?\\]?\\s*(?<who>[^\\s\\d:：][^\\s:：]{0,19})"
					+ "|(?<who2>[^\\s\\d:：][^\\s:：]{0,19})\\s+(?:\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{1,2}:\\d{2}:\\d{2}))\\s*");
	/** "张三：…", "[10:23] 张三: …" at the start of a line: a message. */
	private static final Pattern CHAT_SPEAKER = Pattern.compile("\\s*(?:\\[\\d{1,2}:\\d{2}(?::\\d{2})?\\]\\s*)?(?![\\p{L}\\p{M}_·.\\-]{0,11}" + OrderBatch.LABELS + ")[\\p{L}\\p{M}_·.\\-]{1,12}\\s*[:：](?!\\d)",
			Pattern.CASE_INSENSITIVE);
	/** The labels of an order written field by field ("电话：…", also after other words: "加一盒蜡烛地址：…"), which are not speakers. */
	static final String LABELS = "(?:客户|顾客|收货人|联系人|订餐人)?(?:姓名|名字|称呼|电话|手机|手机号|联系方式|联系电话|地址|送货地址|收货地址|配送地址|时间|取货时间|送达时间|"
			+ "日期|蛋糕|款式|口味|尺寸|大小|写字|祝福语|字|备注|数量|配送|自提|取货|name|phone|tel|mobile|address|time|date|cake|flavou?r|size|notes?|"
			+ "inscription|message|qty|quantity|pickup|delivery)\\s*[:：]";
	/** "1.", "2、", "3)", "①", "第2单：" at the start of a line. */
	private static final Pattern NUMBERED = Pattern.compile("\\s*(?:\\d{1,2}\\s*[.、)）](?!\\d)|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|第\\s*[一二三四五六七八九十\\d]{1,3}\\s*[单單份][:：]?).*");

	/** Whether a line gives a phone and whether it gives a cake (a size). */
	record Seen(boolean phone, boolean cake) {
	}

	interface Glance {
		Seen of(String line);
	}

	private final Glance glance;

	OrderBatch(Glance glance) {
		this.glance = glance;
	}

	/** Whether a line is a chat export's header ("张三 2026/12/4 10:23"), which names who wrote the next lines. */
	static boolean header(String line) {
		return CHAT_HEADER.matcher(line).matches();
	}

	List<Piece> split(String text) {
		var blocks = new ArrayList<List<String>>();
		var block = new ArrayList<String>();
		String speaker = null;
		for (var line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
			var headerMatch = CHAT_HEADER.matcher(line);
			boolean header = headerMatch.matches();
			boolean starts = header || line.isBlank() || NUMBERED.matcher(line).matches() || CHAT_SPEAKER.matcher(line).lookingAt();
			if (starts && !block.isEmpty()) {
				blocks.add(block);
				block = new ArrayList<>();
			}
			if (header) {
				// the one who wrote the message: its first line reads "王女士：…", as a chat copied by hand does
				speaker = headerMatch.group("who") != null ? headerMatch.group("who") : headerMatch.group("who2");
				if (speaker.chars().anyMatch(Character::isDigit)) {
					speaker = null; // "Amy2：" would read as two o'clock; a nickname with digits is no customer's name anyway
				}
			}
			else if (!line.isBlank()) {
				block.add(speaker == null ? line.strip() : speaker + "：" + line.strip());
				speaker = null;
			}
		}
		if (!block.isEmpty()) {
			blocks.add(block);
		}
		var pieces = new ArrayList<Piece>();
		for (var lines : blocks) {
			pieces.addAll(orders(lines));
		}
		return pieces;
	}

	/** The lines of one block cut where a line brings a second phone or a second cake. */
	private List<Piece> orders(List<String> lines) {
		var pieces = new ArrayList<Piece>();
		var current = new StringBuilder();
		boolean phone = false;
		boolean cake = false;
		for (var line : lines) {
			var seen = line.length() > OrderTextParser.MAX_TEXT ? new Seen(false, false) : glance.of(line);
			if (current.length() > 0 && (phone && seen.phone() || cake && seen.cake())) {
				pieces.add(new Piece(current.toString(), phone || cake));
				current.setLength(0);
				phone = false;
				cake = false;
			}
			current.append(current.length() == 0 ? "" : "\n").append(line);
			phone |= seen.phone();
			cake |= seen.cake();
		}
		if (current.length() > 0) {
			pieces.add(new Piece(current.toString(), phone || cake));
		}
		return pieces;
	}
}
