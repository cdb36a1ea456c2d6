package com.cakeflow.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Our screens use a form login with a session; integrations call /api with an API key
 * ({@link ApiKeyAuthenticationFilter}); /api and /engine-rest also take the same users over HTTP Basic (Camunda Modeler
 * deploys that way, scripts and the check tools call so), remembered after one bcrypt check, and answer 401/403 as
 * problem+json instead of redirecting. The Camunda webapps under /camunda keep their own login and CSRF protection,
 * against the same Camunda identity store.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	private static final RequestMatcher API = request -> path(request).startsWith("/api/") || path(request).startsWith("/engine-rest");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CamundaUserAuthenticationProvider users, IdentityService identityService,
			ApiKeyLookup apiKeys, ApiProblemResponses problems, AuthenticationProperties properties) throws Exception {
		var basicSessions = new BasicSessions(properties.basicSessionTrial());
		// the chain's own manager and no parent: with authenticationProvider(users) a refused password was retried by the
		// global manager (the same provider as a bean), i.e. every wrong password ran bcrypt twice and counted twice
		http.authenticationManager(new ProviderManager(users))
			.authorizeHttpRequests(auth -> auth
				// the async dispatch that ends a stream (GET /api/stream) belongs to a request already let through
				.dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ASYNC).permitAll()
				.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico").permitAll()
				// the installable app's shell: manifest, service worker, icons, offline page
				.requestMatchers("/manifest.webmanifest", "/sw.js", "/offline.html", "/icons/**").permitAll()
				.requestMatchers(org.springframework.http.HttpMethod.GET, "/track/**").permitAll() // customers: the last four phone digits instead of a login
				.requestMatchers(org.springframework.http.HttpMethod.POST, "/track/*/inscription").permitAll() // the customer confirms the text on the cake
				.requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/camunda/**").permitAll()
				.requestMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
				.requestMatchers("/actuator/**").hasAnyRole("ADMIN", "MANAGER")
				.anyRequest().authenticated())
			// a Basic client that keeps cookies gets a session as before; one that keeps none leaves a session per call,
			// which now lives only until its trial ends (BasicSessions). Either way the password costs no bcrypt per call.
			.httpBasic(b -> b.realmName("CakeFlow").authenticationEntryPoint(problems).securityContextRepository(basicSessions.repository()))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/orders", false).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.exceptionHandling(ex -> ex
				.defaultAuthenticationEntryPointFor(problems, API)
				.defaultAccessDeniedHandlerFor(problems, API))
			// Basic- and key-authenticated API clients carry no CSRF token; the Camunda webapps have their own CSRF filter; an
			// API call without a session has no ambient login a forged request could ride on, so it gets a 401, not a CSRF 403.
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null
					|| request.getHeader(ApiKeyAuthenticationFilter.HEADER) != null
					|| path(request).startsWith("/camunda/") || path(request).startsWith("/api/") && request.getSession(false) == null))
			.addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, problems), BasicAuthenticationFilter.class)
			.addFilterBefore(basicSessions, BasicAuthenticationFilter.class)
			.addFilterAfter(new EngineRestAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
		return http.build();
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
