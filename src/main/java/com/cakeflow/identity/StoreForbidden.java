package com.cakeflow.identity;

import com.cakeflow.shared.DomainProblem;
import com.cakeflow.shared.FieldProblem;
import java.util.List;

/** A caller asked to act for a store not theirs (an API key of one store, a person of some stores): 403, nothing done. */
public class StoreForbidden extends DomainProblem {

	public StoreForbidden(String field, String requested, String own) {
		super(403, "problem.store.forbidden", List.of(requested, own), List.of(new FieldProblem(field, "store.forbidden", requested, own)));
	}
}
