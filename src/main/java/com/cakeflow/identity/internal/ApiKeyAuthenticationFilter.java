package com.cakeflow.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates /api requests that present an API key ({@code Authorization: Bearer cf_…} or {@code X-Api-Key: cf_…})
 * for that request only: nothing goes into a session. A key that is unknown or revoked gets a 401, a call outside the
 * key's scopes a 403, before any controller runs. Keys count nowhere else: not on /engine-rest (Camunda's
 * authorizations are per user), not in the Camunda webapps, not on our screens.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Api-Key";
	private static final String BEARER = "bearer ";

	private final ApiKeyLookup keys;
	private final ApiProblemResponses problems;

	ApiKeyAuthenticationFilter(ApiKeyLookup keys, ApiProblemResponses problems) {
		this.keys = keys;
		this.problems = problems;
	}

	/** Whether the request carries an API key (either header), also where keys are not accepted. */
	static boolean presentsKey(HttpServletRequest request) {
		var authorization = request.getHeader("Authorization");
		return request.getHeader(HEADER) != null || authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/") || !presentsKey(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authorization = request.getHeader("Authorization");
		var bearer = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
				? authorization.substring(BEARER.length()).strip() : null;
		var header = request.getHeader(HEADER) == null ? null : request.getHeader(HEADER).strip();
		// one credential per request: a key beside a password (or two different keys) is refused, not guessed at
		var ambiguous = bearer == null ? authorization != null : header != null && !header.equals(bearer);
		var key = ambiguous ? java.util.Optional.<ApiKeyAuthentication>empty() : keys.authenticate(bearer != null ? bearer : header);
		if (key.isEmpty()) {
			problems.invalidKey(request, response);
			return;
		}
		if (key.get().scopes().stream().noneMatch(scope -> scope.opens(request))) {
			problems.scopeMissing(request, response);
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(key.get());
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}
}
