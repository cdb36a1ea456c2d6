package com.cakeflow.shared;

import java.util.List;

/** A request that is well-formed but breaks business rules: 422 with a message per field. */
public class InvalidRequest extends DomainProblem {

	public InvalidRequest(List<FieldProblem> problems) {
		super(422, "problem.invalid-request", List.of(), problems);
	}

	public InvalidRequest(FieldProblem problem) {
		this(List.of(problem));
	}
}
