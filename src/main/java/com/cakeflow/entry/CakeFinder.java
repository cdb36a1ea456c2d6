package com.cakeflow.entry;

import static com.cakeflow.entry.ChineseNumbers.NUMBER;

import com.cakeflow.catalog.CakeSize;
import com.cakeflow.catalog.Flavor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads which cake an order's text asks for — size, flavor, quantity — against the shop's catalog, correcting typos by
 * sound (巧克立 → 巧克力, 8村 → 8寸, by pinyin) and by spelling (strawbery, by edit distance); every correction is reported.
 */
final class CakeFinder {

	/** The cake found; {@code null} where the text did not say. */
	record Cake(Integer sizeInches, String flavor, Integer quantity) {
	}

	private static final Pattern SIZE = Pattern.compile("(?:(?<q>" + NUMBER + ")\\s*(?:个|個|只)\\s*)?(?<n>" + NUMBER
			+ ")\\s*(?<unit>寸|吋|英寸|-?\\s*inch(?:es)?\\b|in\\b|\"|″|”|(?<typo>\\p{IsHan}))", Pattern.CASE_INSENSITIVE);
	private static final Pattern SIZE_WORD = Pattern.compile("\\bsize\\s*:?\\s*(?<n>\\d{1,2})\\b", Pattern.CASE_INSENSITIVE);
	private static final Pattern QUANTITY = Pattern.compile("(?<q>" + NUMBER + ")\\s*(?:个|個|只)(?=\\S*蛋糕)|\\b(?<en>\\d)\\s*(?:x\\s+|cakes\\b)",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:\\s+[A-Za-z]+)?");
	private static final String BOUNDARY_AFTER = "蛋糕味的口";

	private final EntryText text;
	private final Findings findings;
	/** Where the size was written (-1: nowhere): a flavor right after it is the cake's, before one in a note (多放水果). */
	private int sizeEnd = -1;

	CakeFinder(EntryText text, Findings findings) {
		this.text = text;
		this.findings = findings;
	}

	Cake find(List<CakeSize> sizes, List<Flavor> flavors) {
		var quantity = new Integer[1];
		var size = size(sizes, quantity);
		var flavor = flavor(flavors);
		if (quantity[0] == null) {
			var m = text.matcher(QUANTITY);
			if (m.find()) {
				text.take(m);
				quantity[0] = ChineseNumbers.parse(m.group("q") != null ? m.group("q") : m.group("en"));
			}
		}
		return new Cake(size, flavor, quantity[0]);
	}

	private Integer size(List<CakeSize> sizes, Integer[] quantity) {
		var m = text.matcher(SIZE);
		while (m.find()) {
			var typo = m.group("typo");
			if (typo != null && Pinyin.distance(typo.charAt(0), '寸') > 2) {
				continue;
			}
			int inches = ChineseNumbers.parse(m.group("n"));
			if (inches <= 0) {
				continue;
			}
			text.take(m);
			sizeEnd = m.end();
			if (m.group("q") != null) {
				quantity[0] = ChineseNumbers.parse(m.group("q"));
			}
			if (typo != null) {
				findings.corrected("sizeInches", text.original(m.start("n"), m.end()), String.valueOf(inches));
			}
			return checked(inches, sizes);
		}
		m = text.matcher(SIZE_WORD);
		if (m.find()) {
			text.take(m);
			return checked(Integer.parseInt(m.group("n")), sizes);
		}
		return null;
	}

	private Integer checked(int inches, List<CakeSize> sizes) {
		if (sizes.stream().noneMatch(s -> s.inches() == inches)) {
			findings.warn("entry.warning.size-unknown", inches,
					String.join("/", sizes.stream().map(s -> String.valueOf(s.inches())).toList()));
		}
		return inches;
	}

	private String flavor(List<Flavor> flavors) {
		var remaining = text.remaining();
		var lower = remaining.toLowerCase(Locale.ROOT);
		Match best = null;
		for (var flavor : flavors) {
			for (var name : flavor.names()) {
				int at = lower.indexOf(name.toLowerCase(Locale.ROOT));
				if (sizeEnd >= 0) { // the one right after the size, if any (8寸草莓 … 多放水果)
					int near = lower.indexOf(name.toLowerCase(Locale.ROOT), sizeEnd);
					if (near >= 0 && rank(remaining, near) == 0) {
						at = near;
					}
				}
				if (at >= 0 && (best == null || rank(remaining, at) < rank(remaining, best.start) || rank(remaining, at) == rank(remaining, best.start) && at < best.start
						|| at == best.start && name.length() > best.end - best.start)) {
					best = new Match(flavor, at, at + name.length(), 0);
				}
			}
		}
		if (best == null || rank(remaining, best.start) != 0) { // a typo right after the size (12寸草梅) before a name in a note (多放水果)
			var sound = bySound(remaining, flavors);
			if (sound != null && (best == null || rank(remaining, sound.start) == 0)) {
				best = sound;
			}
		}
		if (best == null || rank(remaining, best.start) != 0) {
			var spelling = bySpelling(remaining, flavors);
			if (spelling != null && (best == null || rank(remaining, spelling.start) == 0)) {
				best = spelling;
			}
		}
		if (best == null) {
			return null;
		}
		text.take(best.start, best.end);
		if (best.cost > 0) {
			findings.corrected("flavor", text.original(best.start, best.end), best.flavor.code());
		}
		return best.flavor.code();
	}

	private record Match(Flavor flavor, int start, int end, double cost) {
	}

	/** 0 for a flavor written right after the size, 1 for one anywhere else. */
	private int rank(String remaining, int at) {
		return sizeEnd >= 0 && at >= sizeEnd && at - sizeEnd <= 3 && remaining.substring(sizeEnd, at).matches("[\\s的个-]*") ? 0 : 1;
	}

	/**
	 * A Chinese flavor name typed with homophones (巧克立) anywhere, or with one wrong character (抹荼) where it stands as
	 * a word of its own: the cost of a window is the sum over its characters of 0 (same), ¼ (same sound and tone),
	 * ½ (same sound) or 1 (different).
	 */
	private Match bySound(String remaining, List<Flavor> flavors) {
		Match best = null;
		for (var flavor : flavors) {
			for (var name : flavor.names()) {
				int length = name.length();
				if (length < 2 || !name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
					continue;
				}
				for (int start = 0; start + length <= remaining.length(); start++) {
					double cost = 0;
					int exact = 0;
					for (int i = 0; i < length && cost <= 1.5; i++) {
						int distance = Pinyin.distance(remaining.charAt(start + i), name.charAt(i));
						cost += distance == 0 ? 0 : distance == 1 ? 0.25 : distance == 2 ? 0.5 : 1;
						exact += distance == 0 ? 1 : 0;
					}
					boolean homophone = cost <= 0.5 * Math.max(1, length - 1) && exact >= 1 && noneOtherThanSound(remaining, start, name);
					boolean lookalike = cost <= 1 && exact >= length - 1 && standsAlone(remaining, start, start + length);
					if ((homophone || lookalike) && (best == null || rank(remaining, start) < rank(remaining, best.start) || rank(remaining, start) == rank(remaining, best.start) && cost < best.cost)) {
						best = new Match(flavor, start, start + length, cost);
					}
				}
			}
		}
		return best;
	}

	private static boolean noneOtherThanSound(String remaining, int start, String name) {
		for (int i = 0; i < name.length(); i++) {
			if (Pinyin.distance(remaining.charAt(start + i), name.charAt(i)) == 3) {
				return false;
			}
		}
		return true;
	}

	private static boolean standsAlone(String text, int start, int end) {
		boolean before = start == 0 || !Character.isLetter(text.charAt(start - 1));
		boolean after = end == text.length() || !Character.isLetter(text.charAt(end)) || BOUNDARY_AFTER.indexOf(text.charAt(end)) >= 0;
		return before && after;
	}

	/** An English flavor name misspelt by one letter (two in long names): strawbery, choclate, tiramsu. */
	private Match bySpelling(String remaining, List<Flavor> flavors) {
		Match best = null;
		var words = WORD.matcher(remaining);
		int from = 0;
		while (from < remaining.length() && words.find(from)) {
			for (var flavor : flavors) {
				for (var name : flavor.names()) {
					if (!name.chars().allMatch(c -> c < 128) || name.length() < 4) {
						continue;
					}
					var wanted = name.toLowerCase(Locale.ROOT);
					var candidate = wanted.contains(" ") ? words.group() : words.group().split("\\s+")[0];
					var typed = candidate.toLowerCase(Locale.ROOT);
					int allowed = wanted.length() >= 7 ? 2 : 1;
					int distance = Spelling.distance(typed, wanted);
					if (distance <= allowed && typed.charAt(0) == wanted.charAt(0)
							&& (best == null || rank(remaining, words.start()) < rank(remaining, best.start) || rank(remaining, words.start()) == rank(remaining, best.start) && distance < best.cost)) {
						best = new Match(flavor, words.start(), words.start() + candidate.length(), distance);
					}
				}
			}
			int space = words.group().indexOf(' ');
			from = space > 0 ? words.start() + space + 1 : words.end();
		}
		return best;
	}
}
