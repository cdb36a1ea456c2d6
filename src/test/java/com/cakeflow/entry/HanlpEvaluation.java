package com.cakeflow.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 point 3: HanLP's portable edition (com.hankcs:hanlp portable-1.8.6, dictionaries in the jar, no models)
 * against the hand-written finders, on customerName and address only, over every corpus file. It measures, per field,
 * per corpus file and per language group (Chinese: Han characters and no Latin word of 3+ letters; English: no Han;
 * else mixed), how many cases each strategy gets right (normalised as {@link EntryCorpus#normal}):
 * <ul>
 * <li>the finders ({@link OrderTextParser#parse});</li>
 * <li>HanLP alone, with two segmenters (Viterbi, N-shortest; name, place and organisation recognition on) and two
 * ways of assembling an address from its tokens ("places": a run that starts at a place and goes on over places,
 * numbers, measure words and words ending in a road or building character; "nouns": the same run going on over any
 * noun as well). The name is HanLP's first person name, with the title that follows it (王女士), a titled one first;</li>
 * <li>the finders with HanLP where they found nothing, and HanLP with the finders where it found nothing.</li>
 * </ul>
 * It also measures the mean time of one read per strategy (after a warm-up), HanLP's first-call load time and the heap
 * its dictionaries keep (used heap after GC, before and after loading). Not part of the suite (the name matches no
 * surefire include): {@code bench/hanlp-evaluation.sh} runs it; the figures go to the console and to
 * target/hanlp-evaluation.txt.
 */
class HanlpEvaluation {

	static final List<String> CORPORA = List.of("/entry/blind/batch-1.jsonl", "/entry/blind/batch-2.jsonl", "/entry/blind/batch-3.jsonl",
			"/entry/blind/batch-4.jsonl", "/entry/order-entry-cases.jsonl", "/entry/order-entry-samples.jsonl", "/entry/composed-regressions.jsonl");
	static final List<String> FIELDS = List.of("customerName", "address");
	static final Set<String> TITLES = Set.of("女士", "先生", "小姐", "老师", "阿姨", "太太", "师傅", "经理", "同学");
	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
	private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");
	private static final Pattern ADDRESS_END = Pattern.compile(".*[路街道巷弄里号室楼层栋幢座区镇村苑园厦场城元苑府庄湾]$");
	private static final int PASSES = 7;

	final OrderTextParser parser = new OrderTextParser(OrderTextParserTests.catalog(), OrderTextParserTests.messages(),
			new InscriptionChecks(OrderTextParserTests.messages()));

	record Case(String corpus, String text, java.time.LocalDateTime now, JsonNode expect, String language) {
	}

	/** What one strategy read from one case: the two fields. */
	record Read(String customerName, String address) {

		String get(String field) {
			return field.equals("customerName") ? customerName : address;
		}
	}

	@Test
	void compareFindersWithHanlp() throws IOException {
		var cases = new ArrayList<Case>();
		for (var corpus : CORPORA) {
			for (var c : EntryCorpus.read(corpus)) {
				cases.add(new Case(corpus.substring(corpus.lastIndexOf('/') + 1), c.text(), c.now(), c.expect(), language(c.text())));
			}
		}
		var out = new StringBuilder();
		Function<Case, Read> finders = c -> {
			var draft = parser.parse(c.text(), c.now(), Locale.CHINA);
			return new Read(draft.customerName(), draft.address());
		};
		cases.forEach(finders::apply);

		long heapBefore = usedHeapAfterGc();
		long loading = System.nanoTime();
		Segment viterbi = HanLP.newSegment("viterbi").enableNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(true);
		viterbi.seg(cases.get(0).text());
		double loadMs = (System.nanoTime() - loading) / 1e6;
		long loadingNShort = System.nanoTime();
		Segment nshort = HanLP.newSegment("nshort").enableNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(true);
		nshort.seg(cases.get(0).text());
		double loadNShortMs = (System.nanoTime() - loadingNShort) / 1e6;
		long heapAfter = usedHeapAfterGc();

		var strategies = new LinkedHashMap<String, Function<Case, Read>>();
		strategies.put("finders", finders);
		strategies.put("hanlp viterbi/places", c -> hanlp(viterbi, c.text(), false));
		strategies.put("hanlp viterbi/nouns", c -> hanlp(viterbi, c.text(), true));
		strategies.put("hanlp nshort/places", c -> hanlp(nshort, c.text(), false));
		strategies.put("hanlp nshort/nouns", c -> hanlp(nshort, c.text(), true));

		var reads = new LinkedHashMap<String, List<Read>>();
		strategies.forEach((name, strategy) -> reads.put(name, cases.stream().map(strategy).toList()));
		var best = new LinkedHashMap<String, String>();
		for (var field : FIELDS) {
			best.put(field, reads.keySet().stream().filter(n -> n.startsWith("hanlp"))
					.max(java.util.Comparator.comparingInt(n -> right(cases, reads.get(n), field))).orElseThrow());
		}
		Function<Case, Read> bestHanlp = c -> {
			var name = best.get("customerName").contains("nshort") ? nshort : viterbi;
			var place = best.get("address").contains("nshort") ? nshort : viterbi;
			var forName = hanlp(name, c.text(), best.get("customerName").endsWith("nouns"));
			var forPlace = place == name && best.get("customerName").endsWith("nouns") == best.get("address").endsWith("nouns") ? forName
					: hanlp(place, c.text(), best.get("address").endsWith("nouns"));
			return new Read(forName.customerName(), forPlace.address());
		};
		strategies.put("finders, else hanlp", c -> {
			var first = finders.apply(c);
			if (first.customerName() != null && first.address() != null) {
				return first;
			}
			var second = bestHanlp.apply(c);
			return new Read(first.customerName() != null ? first.customerName() : second.customerName(),
					first.address() != null ? first.address() : second.address());
		});
		strategies.put("hanlp, else finders", c -> {
			var first = bestHanlp.apply(c);
			if (first.customerName() != null && first.address() != null) {
				return first;
			}
			var second = finders.apply(c);
			return new Read(first.customerName() != null ? first.customerName() : second.customerName(),
					first.address() != null ? first.address() : second.address());
		});
		for (var name : List.of("finders, else hanlp", "hanlp, else finders")) {
			reads.put(name, cases.stream().map(strategies.get(name)).toList());
		}

		var groups = new ArrayList<String>();
		CORPORA.forEach(c -> groups.add(c.substring(c.lastIndexOf('/') + 1)));
		groups.addAll(List.of("zh", "en", "mixed", "all"));
		out.append(String.format(Locale.ROOT, "HanLP portable-1.8.6 vs the entry finders on %d cases (%s)%n", cases.size(), counts(cases)));
		out.append(String.format(Locale.ROOT, "best HanLP strategy: name %s, address %s (the combinations use these)%n%n", best.get("customerName"),
				best.get("address")));
		for (var field : FIELDS) {
			out.append(field).append(" — right / cases\n");
			out.append(String.format(Locale.ROOT, "%-28s", "group"));
			reads.keySet().forEach(n -> out.append(String.format(Locale.ROOT, "%22s", n)));
			out.append('\n');
			for (var group : groups) {
				var in = cases.stream().filter(c -> group.equals("all") || c.corpus().equals(group) || c.language().equals(group)).toList();
				out.append(String.format(Locale.ROOT, "%-28s", group + " (" + in.size() + ")"));
				for (var n : reads.keySet()) {
					int r = 0;
					for (int i = 0; i < cases.size(); i++) {
						var c = cases.get(i);
						if (in.contains(c) && correct(c, reads.get(n).get(i), field)) {
							r++;
						}
					}
					out.append(String.format(Locale.ROOT, "%22s", r + "/" + in.size() + String.format(Locale.ROOT, " %5.1f%%", 100.0 * r / in.size())));
				}
				out.append('\n');
			}
			out.append('\n');
		}

		out.append("time of one read (ms, mean over every case; median of ").append(PASSES).append(" interleaved passes after ")
				.append(PASSES).append(" to warm up)\n");
		for (int pass = 0; pass < PASSES; pass++) {
			strategies.values().forEach(strategy -> cases.forEach(strategy::apply));
		}
		var passes = new LinkedHashMap<String, List<Double>>();
		for (int pass = 0; pass < PASSES; pass++) {
			for (var entry : strategies.entrySet()) {
				long started = System.nanoTime();
				cases.forEach(entry.getValue()::apply);
				passes.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add((System.nanoTime() - started) / 1e6 / cases.size());
			}
		}
		passes.forEach((name, times) -> out.append(String.format(Locale.ROOT, "  %-24s %8.3f%n", name, times.stream().sorted().toList().get(PASSES / 2))));
		out.append(String.format(Locale.ROOT, "HanLP first call (Viterbi, dictionaries loaded): %.0f ms; N-shortest after it: %.0f ms%n", loadMs, loadNShortMs));
		out.append(String.format(Locale.ROOT, "heap HanLP keeps (used after GC): %.1f MB before, %.1f MB after, +%.1f MB%n%n", heapBefore / 1048576.0,
				heapAfter / 1048576.0, (heapAfter - heapBefore) / 1048576.0));

		for (var field : FIELDS) {
			out.append(field).append(": cases a HanLP strategy reads right and the finders do not\n");
			int shown = 0;
			for (int i = 0; i < cases.size(); i++) {
				var c = cases.get(i);
				if (correct(c, reads.get("finders").get(i), field)) {
					continue;
				}
				for (var n : reads.keySet()) {
					if (n.startsWith("hanlp") && correct(c, reads.get(n).get(i), field)) {
						out.append("  ").append(n).append(": ").append(reads.get(n).get(i).get(field)).append(" (finders: ")
								.append(reads.get("finders").get(i).get(field)).append(")  <- ").append(c.text().replace('\n', ' ')).append('\n');
						shown++;
						break;
					}
				}
			}
			out.append(shown == 0 ? "  none\n" : "").append('\n');
			out.append(field).append(": what ").append(best.get(field)).append(" misses\n");
			var misses = reads.get(best.get(field));
			for (int i = 0; i < cases.size(); i++) {
				var c = cases.get(i);
				if (!correct(c, misses.get(i), field)) {
					out.append(String.format(Locale.ROOT, "  %-6s want %s, got %s  <- %s%n", c.language(), EntryCorpus.normal(field, c.expect().get(field)),
							misses.get(i).get(field), c.text().replace('\n', ' ')));
				}
			}
			out.append('\n');
		}
		System.out.print(out);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/hanlp-evaluation.txt"), out, StandardCharsets.UTF_8);
	}

	/** What HanLP reads: its first person name (a titled one first) and the longest place run. */
	static Read hanlp(Segment segment, String text, boolean nouns) {
		List<Term> terms = segment.seg(text);
		return new Read(name(terms), address(terms, nouns));
	}

	/** HanLP's first person name with the title after it, a titled one before any other; a surname HanLP's dictionary knows counts before a title. */
	static String name(List<Term> terms) {
		String first = null;
		for (int i = 0; i < terms.size(); i++) {
			var word = terms.get(i).word;
			var nature = terms.get(i).nature.toString();
			var next = i + 1 < terms.size() ? terms.get(i + 1).word : "";
			boolean person = nature.startsWith("nr") && HAN.matcher(word).find();
			if (person && TITLES.stream().anyMatch(word::endsWith) && word.length() > 2) {
				return word;
			}
			if ((person || surname(word)) && TITLES.contains(next)) {
				return word + next;
			}
			if (person && first == null) {
				first = word;
			}
		}
		return first;
	}

	private static boolean surname(String word) {
		if (word.length() > 2 || !HAN.matcher(word).find()) {
			return false;
		}
		var attribute = CoreDictionary.get(word);
		if (attribute == null) {
			return false;
		}
		for (var nature : attribute.nature) {
			if (nature.toString().startsWith("nr")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The longest contiguous run (no space or punctuation between) that starts at a place and goes on over places,
	 * organisations, numbers, measure words and words ending in a road or building character (with {@code nouns}, over
	 * any noun as well), ending at the last token that may end an address.
	 */
	static String address(List<Term> terms, boolean nouns) {
		String longest = null;
		for (int i = 0; i < terms.size(); i++) {
			if (!terms.get(i).nature.toString().equals("ns")) {
				continue;
			}
			var run = new StringBuilder();
			int end = i;
			for (int j = i; j < terms.size() && part(terms.get(j), nouns); j++) {
				if (ending(terms.get(j))) {
					end = j;
				}
			}
			for (int j = i; j <= end; j++) {
				run.append(terms.get(j).word);
			}
			if (longest == null || run.length() > longest.length()) {
				longest = run.toString();
			}
			i = end;
		}
		return longest;
	}

	private static boolean part(Term term, boolean nouns) {
		var nature = term.nature.toString();
		if (nature.equals("ns") || nature.equals("nt") || nature.equals("nis") || nature.startsWith("m") || nature.startsWith("q")
				|| ADDRESS_END.matcher(term.word).matches() && HAN.matcher(term.word).find()) {
			return true;
		}
		return nouns && nature.startsWith("n") && !nature.equals("nf") && !nature.equals("nx");
	}

	private static boolean ending(Term term) {
		var nature = term.nature.toString();
		return nature.equals("ns") || nature.equals("nt") || nature.startsWith("m") || ADDRESS_END.matcher(term.word).matches();
	}

	static String language(String text) {
		boolean han = HAN.matcher(text).find();
		if (!han) {
			return "en";
		}
		return LATIN_WORD.matcher(text).find() ? "mixed" : "zh";
	}

	private static String counts(List<Case> cases) {
		var byLanguage = new java.util.TreeMap<String, Integer>();
		cases.forEach(c -> byLanguage.merge(c.language(), 1, Integer::sum));
		return byLanguage.toString();
	}

	private static boolean correct(Case c, Read read, String field) {
		return Objects.equals(EntryCorpus.normal(field, c.expect().get(field)), EntryCorpus.normal(field, read == null ? null : textNode(read.get(field))));
	}

	private static JsonNode textNode(String value) {
		return value == null ? null : com.fasterxml.jackson.databind.node.TextNode.valueOf(value);
	}

	private static int right(List<Case> cases, List<Read> reads, String field) {
		int r = 0;
		for (int i = 0; i < cases.size(); i++) {
			r += correct(cases.get(i), reads.get(i), field) ? 1 : 0;
		}
		return r;
	}

	private static long usedHeapAfterGc() {
		var runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
