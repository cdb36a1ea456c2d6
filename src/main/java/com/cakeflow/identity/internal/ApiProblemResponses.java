package com.cakeflow.identity.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The 401 and 403 answers of /api and /engine-rest, as RFC 9457 problem+json in the caller's language like every
 * other API error. A missing or wrong password gets the Basic challenge (curl, Camunda Modeler); a bad API key the
 * Bearer one (RFC 6750).
 */
@Component
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ObjectMapper json;
	private final MessageSource messages;
	private final LocaleResolver locales;

	ApiProblemResponses(ObjectMapper json, MessageSource messages, LocaleResolver locales) {
		this.json = json;
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"CakeFlow\"");
		write(request, response, 401, "problem.unauthorized", "unauthorized");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
		write(request, response, 403, "problem.forbidden", "forbidden");
	}

	/** An API key we do not know, or one that was revoked. */
	void invalidKey(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer realm=\"CakeFlow\", error=\"invalid_token\"");
		write(request, response, 401, "problem.api-key.invalid", "api-key.invalid");
	}

	/** A valid API key whose scopes do not include this call. */
	void scopeMissing(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer realm=\"CakeFlow\", error=\"insufficient_scope\"");
		write(request, response, 403, "problem.api-key.scope", "api-key.scope", request.getMethod(), request.getRequestURI());
	}

	private void write(HttpServletRequest request, HttpServletResponse response, int status, String code, String type, Object... args)
			throws IOException {
		var locale = locales.resolveLocale(request);
		var body = new LinkedHashMap<String, Object>();
		body.put("type", "https://cakeflow.example/problems/" + type);
		body.put("title", messages.getMessage("problem.title." + status, null, locale));
		body.put("status", status);
		body.put("detail", messages.getMessage(code, args, locale));
		body.put("instance", request.getRequestURI());
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		json.writeValue(response.getOutputStream(), body);
	}
}
