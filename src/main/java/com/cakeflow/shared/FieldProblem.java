package com.cakeflow.shared;

import java.util.List;

/** One invalid field of a request: the field's JSON path, a message code and its arguments. */
public record FieldProblem(String field, String code, List<Object> args) {

	public FieldProblem(String field, String code, Object... args) {
		this(field, code, List.of(args));
	}
}
