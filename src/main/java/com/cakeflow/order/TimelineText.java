package com.cakeflow.order;

import com.cakeflow.catalog.Catalog;
import com.cakeflow.order.TimelineType.Kind;
import com.cakeflow.shared.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A timeline entry in the viewer's words: its heading ({@code timeline.<TYPE>}) and its line
 * ({@code timeline.<TYPE>.detail[.<variant>]}, {@code {name}} placeholders filled with the entry's details, each shown
 * as its {@link Kind} says: statuses, stages, channels in the viewer's language, money in yuan, times in the store's
 * zone). An entry from before the timeline was typed shows the text it was written with.
 */
@Component
public class TimelineText {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
	private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("[ \\t]+([：，、）:,)])");
	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final MessageSource messages;
	private final Catalog catalog;

	TimelineText(MessageSource messages, Catalog catalog) {
		this.messages = messages;
		this.catalog = catalog;
	}

	public String heading(TimelineType type, Locale locale) {
		return messages.getMessage("timeline." + type.name(), null, type.name(), locale);
	}

	public String line(TimelineType type, Map<String, Object> details, Locale locale, ZoneId zone) {
		if (details == null || details.isEmpty()) {
			return type.args().isEmpty() ? message("timeline." + type.name() + ".detail", locale) : "";
		}
		if (details.size() == 1 && details.get(TimelineType.LEGACY_TEXT) instanceof String legacy) {
			return legacy;
		}
		var key = "timeline." + type.name() + ".detail";
		var pattern = details.get(TimelineType.VARIANT) instanceof String variant ? message(key + "." + variant, locale) : message(key, locale);
		return fill(pattern, name -> type.args().stream().filter(a -> a.name().equals(name)).findFirst()
			.map(arg -> shown(arg.kind(), details.get(name), locale, zone)).orElse(""));
	}

	/**
	 * The pattern with each placeholder's value. A detail left empty takes the space before a mark with it
	 * ("{alert} {stage}：" without a stage reads "可能延误："); the values themselves are shown exactly as they are.
	 */
	private String fill(String pattern, java.util.function.Function<String, String> value) {
		var values = new java.util.HashMap<String, String>();
		Matcher m = PLACEHOLDER.matcher(pattern);
		var skeleton = new StringBuilder();
		while (m.find()) {
			var shown = values.computeIfAbsent(m.group(1), value);
			m.appendReplacement(skeleton, shown.isEmpty() ? "" : Matcher.quoteReplacement(m.group()));
		}
		m.appendTail(skeleton);
		var tidy = SPACE_BEFORE_MARK.matcher(skeleton.toString().replaceAll("[ \\t]{2,}", " ")).replaceAll("$1").strip();
		m = PLACEHOLDER.matcher(tidy);
		var out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** A detail's value as the viewer reads it; a missing one is empty. */
	String shown(Kind kind, Object value, Locale locale, ZoneId zone) {
		if (value == null) {
			return "";
		}
		var text = String.valueOf(value);
		return switch (kind) {
			case TEXT -> text;
			case NUMBER -> value instanceof Number n ? Long.toString(n.longValue()) : text;
			case MONEY -> value instanceof Number n ? Money.yuan(n.longValue()) : text;
			case TIME -> time(text, zone);
			case STATUS -> named("status.", text, locale);
			case STAGE -> named("plan.stage.", text, locale);
			case ROLE -> named("role.", text, locale);
			case CHANNEL -> named("channel.", text, locale);
			case FULFILLMENT -> named("fulfillment.", text, locale);
			case METHOD -> named("payment.method.", text, locale);
			case ALERT -> named("alerts.type.", text, locale);
			case PHOTO -> named("order.photo.", text, locale);
			case PROOF -> named("proof.method.", text, locale);
			case FLAVOR -> catalog.flavor(text).map(f -> f.name(locale)).orElse(text);
			case TASK -> taskName(text, locale);
			case TASKS -> list(value).stream().map(t -> fill(message("timeline.task-person" + (t.get("person") == null ? ".nobody" : ""), locale),
					name -> "task".equals(name) ? taskName(String.valueOf(t.get("task")), locale) : String.valueOf(t.get(name))))
				.collect(Collectors.joining(separator(locale)));
			case CAKES -> list(value).stream().map(c -> fill(message("timeline.cake", locale), name -> switch (name) {
				case "flavor" -> shown(Kind.FLAVOR, c.get("flavor"), locale, zone);
				default -> shown(Kind.NUMBER, c.get(name), locale, zone);
			})).collect(Collectors.joining(separator(locale)));
			case SLOTS -> list(value).stream().map(slot -> fill(message("timeline.slot" + (Boolean.TRUE.equals(slot.get("over")) ? ".over" : ""), locale),
					name -> switch (name) {
						case "station" -> shown(Kind.STAGE, slot.get(name), locale, zone);
						case "at" -> shown(Kind.TIME, slot.get(name), locale, zone);
						case "skills" -> slot.get(name) instanceof List<?> skills && !skills.isEmpty()
								? fill(message("timeline.skills", locale), n -> skills.stream().map(s -> named("skill.", String.valueOf(s), locale))
									.collect(Collectors.joining("+"))) : "";
						default -> shown(Kind.NUMBER, slot.get(name), locale, zone);
					})).collect(Collectors.joining(separator(locale)));
			case CHANGES -> list(value).stream().map(c -> change(c, locale, zone)).collect(Collectors.joining(separator(locale)));
		};
	}

	private String change(Map<String, Object> change, Locale locale, ZoneId zone) {
		var what = String.valueOf(change.get("what"));
		Kind kind = switch (what) {
			case "due" -> Kind.TIME;
			case "flavor" -> Kind.FLAVOR;
			case "total" -> Kind.MONEY;
			default -> Kind.TEXT;
		};
		return fill(message("timeline.change." + what, locale), name -> "line".equals(name) ? shown(Kind.NUMBER, change.get(name), locale, zone)
				: shown(kind, change.get(name), locale, zone));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return value instanceof List<?> items ? items.stream().filter(Map.class::isInstance).map(i -> (Map<String, Object>) i).toList() : List.of();
	}

	private String named(String prefix, String code, Locale locale) {
		return messages.getMessage(prefix + code, null, code, locale);
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, "", locale);
	}

	private String separator(Locale locale) {
		return messages.getMessage("timeline.separator", null, ", ", locale);
	}

	private static String time(String iso, ZoneId zone) {
		try {
			return Instant.parse(iso).atZone(zone).format(SHOWN);
		}
		catch (java.time.format.DateTimeParseException notAnInstant) {
			return iso;
		}
	}

	/**
	 * The diagram names its tasks in both languages, Chinese first ("烘焙 Bake cake"): the Chinese part for a Chinese
	 * reader, the rest for everyone else; a name without both is shown whole.
	 */
	static String taskName(String name, Locale locale) {
		int latin = -1;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c < 128 && Character.isLetter(c)) {
				latin = i;
				break;
			}
		}
		if (latin <= 0 || name.substring(0, latin).isBlank()) {
			return name;
		}
		return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? name.substring(0, latin).strip() : name.substring(latin).strip();
	}
}
