package com.cakeflow.entry;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/** How Chinese characters sound, to tell a typed homophone (立 for 力, 村 for 寸) from an unrelated character. */
final class Pinyin {

	private static final HanyuPinyinOutputFormat TONED = format();
	private static final ConcurrentHashMap<Character, Set<String>> READINGS = new ConcurrentHashMap<>();

	private Pinyin() {
	}

	/** How alike two characters sound: 0 = the same, 1 = same syllable in the same tone, 2 = other tone, 3 = unlike. */
	static int distance(char a, char b) {
		if (a == b) {
			return 0;
		}
		var left = readings(a);
		var right = readings(b);
		if (left.isEmpty() || right.isEmpty()) {
			return 3;
		}
		if (left.stream().anyMatch(right::contains)) {
			return 1;
		}
		var plainLeft = left.stream().map(Pinyin::toneless).collect(Collectors.toSet());
		return right.stream().map(Pinyin::toneless).anyMatch(plainLeft::contains) ? 2 : 3;
	}

	/** The toned readings of a character ({@code li4}), empty for anything but a Chinese character. */
	static Set<String> readings(char c) {
		return READINGS.computeIfAbsent(c, Pinyin::lookUp);
	}

	private static Set<String> lookUp(char c) {
		try {
			var readings = PinyinHelper.toHanyuPinyinStringArray(c, TONED);
			return readings == null ? Set.of() : Set.copyOf(Arrays.asList(readings));
		}
		catch (BadHanyuPinyinOutputFormatCombination impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static String toneless(String reading) {
		return reading.replaceAll("\\d", "");
	}

	private static HanyuPinyinOutputFormat format() {
		var format = new HanyuPinyinOutputFormat();
		format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		format.setToneType(HanyuPinyinToneType.WITH_TONE_NUMBER);
		format.setVCharType(HanyuPinyinVCharType.WITH_V);
		return format;
	}
}
