package com.cakeflow.alerting.internal;

import com.cakeflow.alerting.NotificationKind;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders notifications with Thymeleaf in the recipient's language: mail from {@code templates/mail/<kind>.html} (its
 * {@code <title>} is the subject), text messages from {@code templates/sms/<kind>.txt}; texts from the app's messages.
 */
@Component
public class NotificationTemplates {

	private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	NotificationTemplates(MessageSource messages) {
		engine.addTemplateResolver(resolver("mail/*", ".html", TemplateMode.HTML, 1));
		engine.addTemplateResolver(resolver("sms/*", ".txt", TemplateMode.TEXT, 2));
		engine.setTemplateEngineMessageSource(messages);
	}

	private static ClassLoaderTemplateResolver resolver(String pattern, String suffix, TemplateMode mode, int order) {
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setResolvablePatterns(java.util.Set.of(pattern));
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setOrder(order);
		resolver.setCheckExistence(true);
		resolver.setCacheable(true);
		return resolver;
	}

	/** Subject and HTML body of the mail. */
	public Rendered mail(NotificationKind kind, Locale locale, Map<String, Object> model) {
		var html = engine.process("mail/" + kind.template(), new Context(locale, model));
		var title = TITLE.matcher(html);
		var subject = title.find() ? HtmlUtils.htmlUnescape(title.group(1)).strip().replaceAll("\\s+", " ") : kind.name();
		return new Rendered(subject, html);
	}

	/** The text message: one short paragraph. */
	public String text(NotificationKind kind, Locale locale, Map<String, Object> model) {
		return engine.process("sms/" + kind.template(), new Context(locale, model)).strip().replaceAll("\\s*\\n\\s*", " ");
	}

	public record Rendered(String subject, String body) {
	}
}
