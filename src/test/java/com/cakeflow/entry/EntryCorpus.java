package com.cakeflow.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A corpus of free-text orders in the contract's JSONL format ({@code {"text","now","expect":{...}}}) scored the way
 * {@code ../shared/tools/score-order-entry.py} scores the parse endpoint: the same eight fields, the same
 * normalisation (spaces folded, trailing punctuation dropped, times to the second).
 */
final class EntryCorpus {

	static final List<String> FIELDS = List.of("customerName", "phone", "sizeInches", "flavor", "inscription", "fulfillment", "dueAt", "address");
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	record Case(String text, LocalDateTime now, JsonNode expect) {
	}

	/** What a corpus scored: fields and whole orders right, misses by field, and each miss as "field: want … got … ← text". */
	record Score(int cases, int fields, int fieldsRight, int ordersRight, Map<String, Integer> missesByField, List<String> misses) {

		double fieldAccuracy() {
			return fields == 0 ? 0 : (double) fieldsRight / fields;
		}

		double orderAccuracy() {
			return cases == 0 ? 0 : (double) ordersRight / cases;
		}

		String summary() {
			return String.format(Locale.ROOT, "field accuracy %.1f%%, whole-order accuracy %.1f%% on %d orders; misses by field: %s",
					100 * fieldAccuracy(), 100 * orderAccuracy(), cases, missesByField.isEmpty() ? "none" : missesByField);
		}
	}

	static List<Case> read(String resource) {
		try (var in = EntryCorpus.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("no corpus " + resource);
			}
			var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			var cases = new ArrayList<Case>();
			for (var line : reader.lines().filter(l -> !l.isBlank()).toList()) {
				var node = JSON.readTree(line);
				var now = OffsetDateTime.parse(node.get("now").asText()).atZoneSameInstant(SHANGHAI).toLocalDateTime();
				cases.add(new Case(node.get("text").asText(), now, node.get("expect")));
			}
			return cases;
		}
		catch (java.io.IOException unreadable) {
			throw new java.io.UncheckedIOException(unreadable);
		}
	}

	static Score score(OrderTextParser parser, List<Case> cases) {
		int fieldsRight = 0;
		int ordersRight = 0;
		var byField = new TreeMap<String, Integer>();
		var misses = new ArrayList<String>();
		for (var c : cases) {
			JsonNode got = JSON.valueToTree(parser.parse(c.text(), c.now(), Locale.CHINA));
			boolean all = true;
			for (var field : FIELDS) {
				var want = normal(field, c.expect().get(field));
				var have = normal(field, got.get(field));
				if (java.util.Objects.equals(want, have)) {
					fieldsRight++;
				}
				else {
					all = false;
					byField.merge(field, 1, Integer::sum);
					misses.add(field + ": want " + want + ", got " + have + "  <- " + c.text());
				}
			}
			ordersRight += all ? 1 : 0;
		}
		return new Score(cases.size(), cases.size() * FIELDS.size(), fieldsRight, ordersRight, byField, misses);
	}

	/** As score-order-entry.py's norm(): null for empty, times to the second, sizes as numbers, text without outer punctuation. */
	static String normal(String field, JsonNode value) {
		if (value == null || value.isNull() || value.asText().isEmpty()) {
			return null;
		}
		var text = value.asText();
		if (field.equals("dueAt")) {
			var s = text.length() > 19 ? text.substring(0, 19) : text;
			return s.length() == 16 ? s + ":00" : s;
		}
		if (field.equals("sizeInches")) {
			try {
				return String.valueOf(Integer.parseInt(text.strip()));
			}
			catch (NumberFormatException notANumber) {
				return text;
			}
		}
		var s = text.replaceAll("\\s+", " ").strip().replaceAll("^[，,。.;；]+|[，,。.;；]+$", "").strip();
		return s.isEmpty() ? null : s;
	}
}
