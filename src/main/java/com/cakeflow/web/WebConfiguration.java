package com.cakeflow.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.web.config.EnableSpringDataWebSupport;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language and clock: zh-CN unless the caller asks for English ({@code ?lang=en} sets a cookie for the screens,
 * {@code Accept-Language: en} works for API clients); one {@link Clock} for the whole app.
 */
@Configuration
@EnableSpringDataWebSupport(pageSerializationMode = EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("cakeflow-lang");
		resolver.setDefaultLocaleFunction(request -> {
			var header = request.getHeader("Accept-Language");
			if (header == null || header.isBlank()) {
				return Locale.SIMPLIFIED_CHINESE;
			}
			try {
				var match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
				return match == null ? Locale.SIMPLIFIED_CHINESE : match;
			}
			catch (IllegalArgumentException malformed) {
				return Locale.SIMPLIFIED_CHINESE;
			}
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

	/** The staff app's manifest is served as what it is, so browsers offer to install the app. */
	@Bean
	org.springframework.boot.web.server.WebServerFactoryCustomizer<org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory> manifestMimeType() {
		return factory -> {
			var mappings = new org.springframework.boot.web.server.MimeMappings(org.springframework.boot.web.server.MimeMappings.DEFAULT);
			mappings.add("webmanifest", "application/manifest+json");
			factory.setMimeMappings(mappings);
		};
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
