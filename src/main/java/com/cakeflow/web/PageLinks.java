package com.cakeflow.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as they are. Spring Boot switches on its {@code ResourceUrlEncodingFilter} because the
 * webjars locator is on the class path; the filter then asks the resource chain about every URL a page writes —
 * every order link on a board — and the chain looks each one up on the class path of the fat jar, caching only the
 * static files it finds: 94 % of the CPU of the staff pages on a year of history (docs/benchmarks.md), 500 ms for a
 * day's board. Its only use here would be putting webjar versions into the URLs; the webjars are served at their
 * version-less paths anyway, which are the ones the service worker keeps.
 */
@Configuration(proxyBeanMethods = false)
class PageLinks {

	/** Takes the place of Boot's registration (same type), switched off. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}
}
