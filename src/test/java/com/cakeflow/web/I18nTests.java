package com.cakeflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every word a template shows comes from messages*.properties, and both languages have every key. */
class I18nTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		var violations = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				var document = Jsoup.parse(Files.readString(file));
				for (Element element : document.getAllElements()) {
					var text = element.ownText();
					if (text.codePoints().anyMatch(Character::isLetter) && !translated(element)) {
						violations.add(TEMPLATES.relativize(file) + ": <" + element.tagName() + "> \"" + text + "\"");
					}
				}
			}
		}
		assertThat(violations).as("text outside messages*.properties").isEmpty();
	}

	@Test
	void chineseAndEnglishHaveTheSameKeys() throws IOException {
		var zh = load("messages.properties");
		var en = load("messages_en.properties");
		assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
	}

	/** Text is fine when Thymeleaf replaces it (th:text, th:utext, th:replace on the element or an ancestor). */
	private static boolean translated(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace") || e.hasAttr("sec:authentication")) {
				return true;
			}
		}
		return false;
	}

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (InputStream in = I18nTests.class.getResourceAsStream("/" + name)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
