package com.cakeflow.identity;

import com.cakeflow.shared.DomainProblem;
import com.cakeflow.shared.FieldProblem;
import java.util.List;

/** A caller limited to one store (an API key) asked to act for another: 403, nothing done. */
public class StoreForbidden extends DomainProblem {

	public StoreForbidden(String field, String requested, String own) {
		super(403, "problem.store.forbidden", List.of(requested, own), List.of(new FieldProblem(field, "store.forbidden", requested, own)));
	}
}
