package com.cakeflow.shared;

import java.util.List;

/**
 * Base of the named domain exceptions (OrderNotFound, WrongPickupCode, ...): an HTTP status, a message code
 * for the detail and optional field problems. Mapped once to RFC 9457 problem+json by the web shell.
 */
public abstract class DomainProblem extends RuntimeException {

	private final int status;
	private final String code;
	private final transient List<Object> args;
	private final transient List<FieldProblem> fieldProblems;

	protected DomainProblem(int status, String code, List<Object> args, List<FieldProblem> fieldProblems) {
		super(code + " " + args);
		this.status = status;
		this.code = code;
		this.args = List.copyOf(args);
		this.fieldProblems = List.copyOf(fieldProblems);
	}

	protected DomainProblem(int status, String code, Object... args) {
		this(status, code, List.of(args), List.of());
	}

	public int status() {
		return status;
	}

	public String code() {
		return code;
	}

	public List<Object> args() {
		return args;
	}

	public List<FieldProblem> fieldProblems() {
		return fieldProblems;
	}

	/** Extra members of the problem body (e.g. the earliest due times that still fit); none by default. */
	public java.util.Map<String, Object> properties() {
		return java.util.Map.of();
	}

	/** When the client may try again (sent as {@code Retry-After}), for problems that pass; none by default. */
	public java.util.Optional<java.time.Duration> retryAfter() {
		return java.util.Optional.empty();
	}
}
