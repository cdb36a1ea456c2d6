package com.cakeflow.entry;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Proofreads the text to write on a cake before anyone pipes it: room on the cake, simplified and traditional
 * characters mixed, typos in the phrases cakes carry (生曰快乐, 福如冬海, Happy Brithday) and names that sound like —
 * but are not written like — the customer's or their family's (小语 for 小雨). Offers the text in 简 and 繁.
 */
@Component
public class InscriptionChecks {

	/** Phrases cakes carry, in simplified characters. */
	static final List<String> PHRASES = List.of("生日快乐", "福如东海", "寿比南山", "长命百岁", "身体健康", "万事如意", "心想事成", "岁岁平安", "平安喜乐",
			"前程似锦", "百年好合", "永结同心", "周年快乐", "新婚快乐", "节日快乐", "新年快乐", "圣诞快乐", "学业有成", "金榜题名", "健康长寿", "幸福美满",
			"天天开心", "快乐成长", "母亲节快乐", "父亲节快乐", "永远爱你", "宝贝");
	static final List<String> WORDS = List.of("happy", "birthday", "anniversary", "congratulations", "congrats", "love", "mommy", "daddy", "merry",
			"christmas", "year", "wedding", "graduation", "baby", "best", "wishes", "forever", "sweet", "dear", "always", "family", "friend",
			"grandma", "grandpa", "sister", "brother", "valentine", "mother", "father", "teacher");
	/** Characters that look alike and are typed or read for each other (生曰快乐, 抹荼). */
	static final List<String> LOOKALIKES = List.of("日曰", "己已巳", "末未", "士土", "茶荼", "千干", "人入", "天夭", "王玉", "白自", "问间", "戊戌", "侯候", "拔拨");
	private static final Set<String> TITLES = Set.of("女士", "先生", "小姐", "太太", "阿姨", "叔叔", "老师");
	private static final Pattern WORD = Pattern.compile("[A-Za-z]{4,}");

	/** One finding, as a message code with arguments, and the text in the other script. */
	public record Result(String text, int widthChars, Integer maxChars, List<String> warnings, String simplified, String traditional,
			boolean mixedScripts) {

		/** How large each character can be piped, in millimetres, across 70 % of the cake (at most 12 mm). */
		public int letterMillimetres(int inches) {
			double writable = inches * 25.4 * 0.7;
			return (int) Math.max(1, Math.min(12, Math.floor(writable / Math.max(1, widthChars))));
		}
	}

	private final MessageSource messages;

	InscriptionChecks(MessageSource messages) {
		this.messages = messages;
	}

	/** Checks the text for a cake of {@code maxChars} room (null when unknown) against the names the shop knows. */
	public Result check(String inscription, Integer maxChars, Integer inches, List<String> knownNames, Locale locale) {
		var text = inscription == null ? "" : inscription.strip();
		var warnings = new LinkedHashSet<String>();
		int width = text.isEmpty() ? 0 : InscriptionWidth.chars(text);
		if (maxChars != null && !text.isEmpty() && !InscriptionWidth.fits(text, maxChars)) {
			warnings.add(message("inscription.check.too-long", locale, width, maxChars));
		}
		var mixed = mixedScripts(text);
		if (mixed != null) {
			warnings.add(message("inscription.check.mixed", locale, mixed[0], mixed[1]));
		}
		var simplified = text.isEmpty() ? text : ZhConverterUtil.toSimple(text);
		phraseTypos(simplified).forEach(t -> warnings.add(message("inscription.check.phrase", locale, t[0], t[1])));
		spellingTypos(text).forEach(t -> warnings.add(message("inscription.check.phrase", locale, t[0], t[1])));
		nameMismatches(simplified, knownNames).forEach(t -> warnings.add(message("inscription.check.name", locale, t[0], t[1])));
		if (inches != null && width > 0) {
			var shown = new Result(text, width, maxChars, List.of(), simplified, text, mixed != null);
			if (shown.letterMillimetres(inches) < 7) {
				warnings.add(message("inscription.check.small", locale, shown.letterMillimetres(inches)));
			}
		}
		return new Result(text, width, maxChars, List.copyOf(warnings), simplified, text.isEmpty() ? text : ZhConverterUtil.toTraditional(text),
				mixed != null);
	}

	/** A simplified-only and a traditional-only character of the text, or null when it keeps to one script. */
	static String[] mixedScripts(String text) {
		String simplifiedOnly = null;
		String traditionalOnly = null;
		for (int i = 0; i < text.length(); i++) {
			var c = String.valueOf(text.charAt(i));
			if (Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN) {
				continue;
			}
			if (simplifiedOnly == null && !ZhConverterUtil.toTraditional(c).equals(c)) {
				simplifiedOnly = c;
			}
			if (traditionalOnly == null && !ZhConverterUtil.toSimple(c).equals(c)) {
				traditionalOnly = c;
			}
		}
		return simplifiedOnly != null && traditionalOnly != null ? new String[] { simplifiedOnly, traditionalOnly } : null;
	}

	/** {typed, meant} for each phrase written with one wrong character (a homophone, or any one in a phrase of four or more). */
	static List<String[]> phraseTypos(String simplified) {
		var found = new ArrayList<String[]>();
		for (var phrase : PHRASES) {
			if (simplified.contains(phrase)) {
				continue;
			}
			for (int start = 0; start + phrase.length() <= simplified.length(); start++) {
				var window = simplified.substring(start, start + phrase.length());
				// any one wrong character in a four-character idiom; in the "… 快乐" greetings only a look- or sound-alike,
				// since 新婚快乐, 周年快乐 and the like are other greetings, not typos
				if (!PHRASES.contains(window) && oneCharacterOff(window, phrase, phrase.length() >= 4 && !phrase.endsWith("快乐"))) {
					found.add(new String[] { window, phrase });
				}
			}
		}
		return found;
	}

	/** {typed, meant} for English words one letter off (two in long words) from the words cakes carry. */
	static List<String[]> spellingTypos(String text) {
		var found = new ArrayList<String[]>();
		var words = WORD.matcher(text);
		while (words.find()) {
			var typed = words.group();
			var lower = typed.toLowerCase(Locale.ROOT);
			if (WORDS.contains(lower)) {
				continue;
			}
			for (var word : WORDS) {
				int allowed = word.length() >= 7 ? 2 : 1;
				if (lower.charAt(0) == word.charAt(0) && Spelling.distance(lower, word) <= allowed) {
					var meant = Character.isUpperCase(typed.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
					found.add(new String[] { typed, meant });
					break;
				}
			}
		}
		return found;
	}

	/** {written, on record} for names in the text that sound like a known name (or its given name) but are written otherwise. */
	static List<String[]> nameMismatches(String simplified, List<String> knownNames) {
		var found = new ArrayList<String[]>();
		for (var known : knownNames == null ? List.<String>of() : knownNames) {
			var name = withoutTitle(known == null ? "" : ZhConverterUtil.toSimple(known.strip()));
			if (name.length() < 2 || !name.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
				continue;
			}
			for (var form : name.length() >= 3 ? List.of(name, name.substring(1)) : List.of(name)) {
				if (simplified.contains(form)) {
					continue;
				}
				for (int start = 0; start + form.length() <= simplified.length(); start++) {
					var window = simplified.substring(start, start + form.length());
					if (soundsAlikeButDiffers(window, form)) {
						found.add(new String[] { window, form });
					}
				}
			}
		}
		return found;
	}

	private static boolean oneCharacterOff(String window, String phrase, boolean anyCharacter) {
		int differing = 0;
		boolean alike = true;
		for (int i = 0; i < phrase.length(); i++) {
			if (window.charAt(i) != phrase.charAt(i)) {
				differing++;
				alike &= Pinyin.distance(window.charAt(i), phrase.charAt(i)) <= 2 || lookAlike(window.charAt(i), phrase.charAt(i));
			}
		}
		return differing == 1 && (alike || anyCharacter) && Character.UnicodeScript.of(window.charAt(0)) == Character.UnicodeScript.HAN;
	}

	private static boolean lookAlike(char a, char b) {
		return LOOKALIKES.stream().anyMatch(group -> group.indexOf(a) >= 0 && group.indexOf(b) >= 0);
	}

	private static boolean soundsAlikeButDiffers(String window, String name) {
		int exact = 0;
		for (int i = 0; i < name.length(); i++) {
			int distance = Pinyin.distance(window.charAt(i), name.charAt(i));
			if (distance > 2) {
				return false;
			}
			exact += distance == 0 ? 1 : 0;
		}
		return exact >= 1 && exact < name.length();
	}

	private static String withoutTitle(String name) {
		for (var title : TITLES) {
			if (name.endsWith(title) && name.length() > title.length()) {
				return name.substring(0, name.length() - title.length());
			}
		}
		return name;
	}

	private String message(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, code, locale);
	}
}
