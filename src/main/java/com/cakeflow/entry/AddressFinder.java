package com.cakeflow.entry;

import java.util.regex.Pattern;

/**
 * Reads where a cake is to be delivered: after a cue (送到, 地址：, deliver to, address:) up to the next field, or a
 * Chinese street address standing on its own (…路88号3单元1201). It is read before dates, so that 88号 is not a day.
 */
final class AddressFinder {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
	private static final Pattern CUE = Pattern.compile(
			"(?:收货地址|配送地址|送货地址|地址|地点|住址)\\s*[:：]?\\s*|(?:送货到|送货至|配送到|配送至|送到|送至|送去|送往|寄到)\\s*[:：]?\\s*"
					+ "|(?<![赠])送\\s*(?=\\p{IsHan}{1,4}?(?:新区|区|區|县|縣|市)\\p{IsHan})|(?<=送[^,;\\n|]{0,14})到\\s*(?=\\p{IsHan}{1,4}?(?:新区|区|區|县|縣|市)\\p{IsHan})"
					+ "|\\b(?:deliver(?:ed|y)?(?:\\s+it)?\\s+to|send\\s+(?:it\\s+)?to|ship\\s+to|address)\\b\\s*[:：]?\\s*|\\bdeliver(?:y)?\\s*:\\s*"
					+ "|\\bto\\s+(?!\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|o'?clock)\\b)(?=(?:(?:room|flat|apt|apartment|unit|suite|no\\.?)\\s*)?\\d+[a-z]?\\b)",
			FLAGS);
	private static final Pattern STREET = Pattern.compile(
			"[\\p{IsHan}A-Za-z0-9]*?(?:路|街|大道|道|巷|弄|胡同)\\s*\\d+\\s*(?:号|號)[\\p{IsHan}A-Za-z0-9#\\-]*");
	/** Where a Chinese address stops: a day or time word, a pickup word, a phone or a cue for another field. */
	private static final Pattern ZH_END = Pattern.compile(
			"今天|明天|后天|大后天|今晚|明晚|下周|周[一二三四五六日天]|星期|礼拜|上午|下午|中午|晚上|早上|傍晚|\\d{1,2}\\s*[点:]|\\d{1,2}月\\d|"
					+ "联系人|收货人|收件人|电话|手机|姓名|时间|日期|款式|祝福语|[写寫](?!字楼)|字样|(?<!\\d)1[3-9]\\d{9}|(?<!\\d)\\d{1,2}\\s*(?:寸|吋)|[六八十]{1,2}寸|"
					+ String.join("|", ContactFinder.FILLERS)); // a note run on (…8室少糖)
	/** Where an English address stops: a day or time phrase or a name/phone cue. */
	private static final Pattern EN_END = Pattern.compile(
			"\\s+(?:on|at|by|before|around|tomorrow|today|tonight|next|this|for)\\b|\\s+\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)\\b|\\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b"
					+ "|\\s+-\\s|[?!]|:\\s|\\.(?=\\s|$)(?<!\\bno\\.)",
			FLAGS);
	/** A word that still belongs to a Chinese address after a space (3单元, 1201室, B座). */
	private static final Pattern ADDRESS_PART = Pattern.compile(
			"(?![^\\s]*(?:寸|吋|inch))(?:[^\\s]*(?:省|市|区|區|县|縣|镇|鎮|乡|村|路|街|道|巷|弄|号|號|栋|棟|幢|座|单元|單元|楼|樓|层|層|室|苑|园|園|小区"
					+ "|大厦|大廈|廣場|广场|公寓|院|中心|前台)[^\\s]*|[A-Za-z]?\\d{1,5}[A-Za-z]?(?:室|房)?)",
			Pattern.CASE_INSENSITIVE);
	/** An English street address standing on its own (No. 8, Lane 100, Julu Rd · 12 Binjiang Road · Room 5, 88 Tianmu Rd). */
	private static final Pattern EN_STREET = Pattern.compile(
			"\\b(?:(?:(?:room|flat|apt|unit|suite|no\\.?)\\s*[\\w-]+|lane\\s+\\d+|\\d+[a-z]?)\\s*,?\\s+)+(?-i:(?:[A-Z][A-Za-z'.-]*\\s+){1,4})"
					+ "(?:road|rd|street|st|avenue|ave|lane|ln|boulevard|blvd|drive|dr|highway)\\b\\.?",
			Pattern.CASE_INSENSITIVE);
	/** A name right after an address's last room, floor, building or number (…512室王晓燕, …88号李先生). */
	private static final Pattern RUN_ON_NAME = Pattern.compile(
			"(?<=[室号號楼樓层層座栋棟])(?:(?<titled>\\p{IsHan}{1,2}(?:女士|先生|小姐|太太|阿姨|老师))|(?<name>\\p{IsHan}{2,4}))$");
	/** What stands before a Chinese street address in the same run of characters and is not part of it: a time, a cue. */
	private static final Pattern ZH_LEAD = Pattern.compile("(?:今天|明天|后天|大后天|今晚|明晚|上午|下午|中午|晚上|早上|傍晚|\\d{1,2}\\s*[点:]\\d{0,2}半?|"
			+ "\\d{1,2}月\\d{1,2}[日号]|送货?|到|至|往|在|去)+");
	/** One comma-separated part that continues an English address: a street, a floor or room, a district. */
	private static final Pattern EN_PART = Pattern.compile(
			"(?:\\d+(?:st|nd|rd|th)?\\s+floor|floor\\s+\\d+|(?:room|flat|apt|apartment|unit|suite|building|bldg|block|tower|no\\.?)\\s*[\\w-]+"
					+ "|\\d+[a-z]?\\s+(?:[A-Za-z'.-]+\\s+){0,4}(?:road|rd|street|st|avenue|ave|lane|ln|boulevard|blvd|drive|dr|way|highway|hwy)\\.?(?:\\s+no\\.?\\s*\\d+)?"
					// a district: of the cities CakeFlow's shops are in, or any with "District" / "New Area" (a name is not one)
					+ "|(?:huangpu|xuhui|changning|jing'?an|putuo|hongkou|yangpu|minhang|baoshan|jiading|pudong(?:\\s+new\\s+area)?|jinshan|songjiang"
					+ "|qingpu|fengxian|chongming|chaoyang|haidian|dongcheng|xicheng|fengtai|tianhe|yuexiu|haizhu|liwan|panyu|futian|nanshan|luohu|bao'?an"
					+ "|longgang|xihu|gongshu|binjiang|jinjiang|wuhou|qingyang|shanghai|beijing|guangzhou|shenzhen|hangzhou|suzhou|chengdu|nanjing|wuhan)"
					+ "(?:\\s+district)?|(?-i:[A-Z][a-z']+)(?:\\s+(?:district|new\\s+area|city)))",
			Pattern.CASE_INSENSITIVE);

	private final EntryText text;

	AddressFinder(EntryText text) {
		this.text = text;
	}

	/** The address as written, or {@code null}. */
	String find() {
		var remaining = text.remaining();
		var cue = text.matcher(CUE);
		while (cue.find()) {
			int start = cue.end();
			int end = partEnd(remaining, start);
			int cut = cut(remaining.substring(start, end));
			end = start + cut;
			if (end > start && cut == partEnd(remaining, start) - start && !chinese(remaining.substring(start, end))) {
				end = englishRunOn(remaining, end);
			}
			if (end > start) {
				text.take(cue.start(), end);
				return text.original(start, end).strip();
			}
		}
		var english = text.matcher(EN_STREET);
		if (english.find() && !chinese(remaining.substring(english.start(), english.end()))) {
			int start = english.start();
			int end = englishRunOn(remaining, english.end());
			text.take(start, end);
			return text.original(start, end).strip();
		}
		var street = text.matcher(STREET);
		if (street.find()) {
			int start = street.start();
			var lead = ZH_LEAD.matcher(remaining.substring(start, street.end()));
			if (lead.lookingAt()) {
				start += lead.end(); // 7点送徐汇区…: the time and the cue before the address are not part of it
			}
			int end = start + cut(remaining.substring(start, partEnd(remaining, start)));
			if (end > start) {
				text.take(start, end);
				return text.original(start, end).strip();
			}
		}
		return null;
	}

	/** Where the part of the text from {@code start} ends: at the next comma, semicolon, new line or taken field. */
	private static int partEnd(String remaining, int start) {
		int end = start;
		while (end < remaining.length() && ",;\n|".indexOf(remaining.charAt(end)) < 0 && !remaining.startsWith(" / ", end)) {
			end++;
		}
		return end;
	}

	/**
	 * An English address goes on after a comma while the next part is more of it (Room 1203, 66 Century Ave, Pudong):
	 * a street, a floor or room, a district; it stops at a part that is a time, a name with a phone, or anything else.
	 */
	private static int englishRunOn(String remaining, int end) {
		while (end < remaining.length() && remaining.charAt(end) == ',') {
			int next = end + 1;
			int partEnd = partEnd(remaining, next);
			var part = remaining.substring(next, partEnd);
			int keep = cut(part.stripLeading());
			var kept = part.stripLeading().substring(0, keep).replaceAll("[.?!]+$", "");
			// a word right before a field read already (Sam |139…) is the customer's name, not a district
			boolean beforeField = keep == part.strip().length() && partEnd < remaining.length() && remaining.charAt(partEnd) == EntryText.TAKEN;
			if (kept.isEmpty() || beforeField || !EN_PART.matcher(kept).matches()) {
				break;
			}
			end = next + (part.length() - part.stripLeading().length()) + kept.length();
			if (keep < part.strip().length()) {
				break; // the part went on with a time or another field
			}
		}
		return end;
	}

	private static boolean chinese(String candidate) {
		return candidate.codePoints().limit(6).anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	/** How much of a candidate is the address: up to the next field, and for Chinese up to a space not followed by more address. */
	private static int cut(String candidate) {
		boolean chinese = chinese(candidate);
		int end = candidate.length();
		var stop = (chinese ? ZH_END : EN_END).matcher(candidate);
		if (stop.find()) {
			end = stop.start();
		}
		if (chinese) {
			int space = candidate.indexOf(' ');
			while (space > 0 && space < end) {
				var next = candidate.substring(space).strip().split("\\s+", 2)[0];
				if (!ADDRESS_PART.matcher(next).matches()) {
					end = space;
					break;
				}
				space = candidate.indexOf(' ', space + 1);
			}
		}
		if (chinese) { // …512室王晓燕: a name run on after the last room, floor or number is the customer's, not the address's
			var name = RUN_ON_NAME.matcher(candidate.substring(0, end));
			if (name.find() && (name.group("titled") != null || ContactFinder.looksLikeName(name.group("name")))) {
				end = name.start(name.group("titled") != null ? "titled" : "name");
			}
		}
		while (end > 0 && Character.isWhitespace(candidate.charAt(end - 1))) {
			end--;
		}
		return end;
	}
}
