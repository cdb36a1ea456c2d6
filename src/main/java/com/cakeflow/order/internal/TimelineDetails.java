package com.cakeflow.order.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A timeline entry's details as a JSON object in {@code order_event.details} (text, so it reads the same on H2 and
 * PostgreSQL). Values are strings, numbers, booleans and lists of small objects; an instant is kept as its ISO text.
 * Texts are cut at {@link #MAX_TEXT} characters so an entry always fits its column.
 */
@Converter
public class TimelineDetails implements AttributeConverter<Map<String, Object>, String> {

	static final int MAX_TEXT = 300;
	static final int MAX_JSON = 4000;
	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	public String convertToDatabaseColumn(Map<String, Object> details) {
		if (details == null || details.isEmpty()) {
			return null;
		}
		try {
			var json = JSON.writeValueAsString(details);
			return json.length() <= MAX_JSON ? json : JSON.writeValueAsString(Map.of("text", json.substring(0, MAX_TEXT) + "…"));
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException("timeline details cannot be written as JSON", e);
		}
	}

	@Override
	public Map<String, Object> convertToEntityAttribute(String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		try {
			return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
			});
		}
		catch (JsonProcessingException e) {
			return Map.of("text", json); // not JSON: shown as it is rather than failing the page
		}
	}

	/** The details with nulls left out, instants as text and long texts cut. */
	static Map<String, Object> bounded(Map<String, Object> details) {
		var kept = new LinkedHashMap<String, Object>();
		if (details != null) {
			details.forEach((name, value) -> {
				var bounded = bounded(value);
				if (bounded != null) {
					kept.put(name, bounded);
				}
			});
		}
		return kept;
	}

	private static Object bounded(Object value) {
		if (value == null || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Map<?, ?> map) {
			var kept = new LinkedHashMap<String, Object>();
			map.forEach((k, v) -> {
				var bounded = bounded(v);
				if (bounded != null) {
					kept.put(String.valueOf(k), bounded);
				}
			});
			return kept;
		}
		if (value instanceof List<?> list) {
			return list.stream().limit(50).map(TimelineDetails::bounded).toList();
		}
		var text = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
		return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
	}
}
