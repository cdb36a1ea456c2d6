package com.cakeflow.identity.internal;

import com.cakeflow.identity.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What an API key may do: each scope opens a few /api calls and nothing else, and lends the key the role those calls
 * check ({@code orders:write} places orders like a clerk, for the key's store only). A key reaches no other endpoint,
 * whatever the role would allow a person.
 */
public enum ApiScope {

	/** Read the store's orders: one by number (with its timeline) and the list. */
	ORDERS_READ("orders:read", null, get("/api/orders"), get("/api/orders/*")),
	/** Place orders (idempotent), read free text into a draft, change and cancel the store's orders. */
	ORDERS_WRITE("orders:write", Role.CLERK, post("/api/orders"), post("/api/orders/parse"), patch("/api/orders/*"),
			post("/api/orders/*/cancel")),
	/** Record payments (a deposit paid on the platform). */
	PAYMENTS_WRITE("payments:write", Role.CLERK, post("/api/orders/*/payments")),
	/** Read the kitchen's free capacity per hour (what pickup times to offer). */
	CAPACITY_READ("capacity:read", null, get("/api/capacity"));

	private final String code;
	private final Role actsAs;
	private final List<RequestMatcher> calls;

	ApiScope(String code, Role actsAs, RequestMatcher... calls) {
		this.code = code;
		this.actsAs = actsAs;
		this.calls = List.of(calls);
	}

	/** As clients and the database write it: {@code orders:write}. */
	public String code() {
		return code;
	}

	/** The role the endpoints of this scope check, if any. */
	Optional<Role> actsAs() {
		return Optional.ofNullable(actsAs);
	}

	boolean opens(HttpServletRequest request) {
		return calls.stream().anyMatch(call -> call.matches(request));
	}

	public static Optional<ApiScope> of(String code) {
		return Arrays.stream(values()).filter(scope -> scope.code.equals(code)).findFirst();
	}

	private static RequestMatcher get(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, pattern);
	}

	private static RequestMatcher post(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, pattern);
	}

	private static RequestMatcher patch(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.PATCH, pattern);
	}
}
