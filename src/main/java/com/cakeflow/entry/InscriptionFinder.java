package com.cakeflow.entry;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text to write on the cake: quoted ("…", “…”, 「…」, '…'), after a cue (写, 字样, 蛋糕上写：, inscription:,
 * write), or a stand-alone greeting (生日快乐); "不写字" or "no inscription" means none. It is read first, so that the
 * names, numbers and dates inside it are not taken for the order's own.
 */
final class InscriptionFinder {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
	private static final Pattern NONE = Pattern.compile(
			"不(?:用|要|需要|必)?(?:写|寫|刻)字?|无字|無字|免写|没有字|\\bno\\s+(?:inscription|writing|text|message|words)\\b|\\bplain\\s+top\\b", FLAGS);
	private static final String QUOTED = "\"(?<q1>[^\"]+)\"|“(?<q2>[^”]+)”|「(?<q3>[^」]+)」|『(?<q4>[^』]+)』|‘(?<q5>[^’]+)’"
			+ "|(?<![A-Za-z])'(?<q6>[^']+)'(?![A-Za-z])|《(?<q7>[^》]+)》";
	private static final String CUE = "(?:(?:蛋糕|牌子|卡片|巧克力牌|插牌)?上面?)?(?:写上|写着|写字(?!楼)|写(?!字楼)|寫上|寫|刻字|字样|字樣|祝福语|题字|内容)"
			+ "|(?<![写寫名数汉文])字(?=\\s*[:：])"
			+ "|\\b(?:inscription|inscribed|write|written|writing|wording|message|text|saying|says?)\\b(?:\\s+on\\s+(?:it|the\\s+cake|cake|top))?"
			+ "|\\bon\\s+(?:the\\s+)?(?:cake|top)\\b(?=\\s*:)";
	private static final Pattern CUED_QUOTE = Pattern.compile("(?:" + CUE + ")\\s*[:：]?\\s*(?:" + QUOTED + ")", FLAGS);
	private static final Pattern ANY_QUOTE = Pattern.compile(QUOTED, FLAGS);
	private static final Pattern CUED_TEXT = Pattern.compile("(?:" + CUE + ")\\s*[:：]?\\s*(?<text>[^,;\\n|]+)", FLAGS);
	private static final Pattern GREETING = Pattern.compile(
			"(?<=^|[\\s,;|])(?<text>[^\\s,;|]*(?:生日快乐|快乐|福如东海|寿比南山|健康长寿|平安喜乐|[Hh]appy [Bb]irthday)[^\\s,;|]*)(?=$|[\\s,;|])");
	/** Where an unquoted inscription ends: a phone number, a name with a title, a day or a pickup/delivery word after a space. */
	private static final Pattern UNQUOTED_END = Pattern.compile(
			"\\s+(?=(?:\\+?86[\\s-]*)?1[3-9]\\d|\\p{IsHan}{1,2}(?:女士|先生|小姐|太太)|今天|明天|后天|周|星期|下周|自提|送到|地址|电话|联系|收货人|收件人|\\d{1,2}(?:寸|点|月)"
					// a name just before the phone (小邹 138…, Sam 139…), or a word before a titled name (行政 沈小姐)
					+ "|(?:\\p{IsHan}{2,3}|[A-Z][a-z]{1,15})\\s*(?:\\+?86)?1[3-9]\\d|\\S{1,6}\\s+\\p{IsHan}{1,2}(?:女士|先生|小姐|太太)"
					// English: the cake it goes on, its size, the pickup (write Happy 40th on a 10 inch cake)
					+ "|on\\s+(?:a|an|the|my|our)\\b|\\d{1,2}\\s*(?:-?\\s*inch|in\\b|\"|寸)|for\\s+(?:pick\\s*-?\\s*up|delivery|collection)\\b"
					// a note after it (写 生日快乐 加一盒蜡烛)
					+ "|" + String.join("|", ContactFinder.FILLERS)
					// a name after it, titled (赵老师) or run on with a note or the pickup (杨娜自提)
					+ "|\\p{IsHan}{1,2}(?:阿姨|老师|叔叔)|\\p{IsHan}{2,3}(?:" + String.join("|", ContactFinder.FILLERS) + "))");

	private final EntryText text;
	private final Findings findings;

	InscriptionFinder(EntryText text, Findings findings) {
		this.text = text;
		this.findings = findings;
	}

	/** The inscription exactly as written, or {@code null} for none. */
	String find() {
		var m = text.matcher(NONE);
		if (m.find()) {
			text.take(m);
			return null;
		}
		m = text.matcher(CUED_QUOTE);
		if (m.find()) {
			return taken(m, quoteGroup(m));
		}
		m = text.matcher(ANY_QUOTE);
		if (m.find()) {
			return taken(m, quoteGroup(m));
		}
		m = text.matcher(CUED_TEXT);
		if (m.find()) {
			int end = m.end("text");
			var cut = UNQUOTED_END.matcher(text.remaining().substring(m.start("text"), end));
			if (cut.find()) {
				end = m.start("text") + cut.start();
			}
			text.take(m.start(), end);
			return clean(text.original(m.start("text"), end));
		}
		m = text.matcher(GREETING);
		if (m.find()) {
			var guessed = clean(text.original(m.start("text"), m.end("text")));
			findings.warn("entry.warning.inscription-guessed", guessed);
			text.take(m);
			return guessed;
		}
		return null;
	}

	private String taken(Matcher m, String group) {
		text.take(m);
		var quoted = text.original(m.start(group), m.end(group)).strip();
		return quoted.isEmpty() ? null : quoted;
	}

	private static String quoteGroup(Matcher m) {
		for (int i = 1; i <= 7; i++) {
			if (m.group("q" + i) != null) {
				return "q" + i;
			}
		}
		throw new IllegalStateException("a quote matched without content");
	}

	private static String clean(String inscription) {
		var s = inscription.strip().replaceAll("[\\s.。,，;；]+$", "");
		return s.isEmpty() ? null : s;
	}
}
