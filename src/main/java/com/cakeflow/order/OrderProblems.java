package com.cakeflow.order;

import com.cakeflow.shared.DomainProblem;
import com.cakeflow.shared.FieldProblem;
import java.util.List;

/** The named ways an order request can fail; each maps to an RFC 9457 problem. */
public final class OrderProblems {

	private OrderProblems() {
	}

	/** No order with that number: 404. */
	public static class OrderNotFound extends DomainProblem {
		public OrderNotFound(String number) {
			super(404, "problem.order.not-found", number);
		}
	}

	/** The order's stage does not allow this action: 409. */
	public static class StageForbids extends DomainProblem {
		public StageForbids(String field, String code, OrderStatus status) {
			super(409, "problem.order.stage-forbids", List.of(status), List.of(new FieldProblem(field, code, status)));
		}
	}

	/** The pickup code does not match: 422, nothing changes. */
	public static class WrongPickupCode extends DomainProblem {
		public WrongPickupCode() {
			super(422, "problem.invalid-request", List.of(), List.of(new FieldProblem("pickupCode", "order.handover.wrong-code")));
		}
	}

	/** A change needs stock the store does not have: 409, with what is missing; nothing changes. */
	public static class NotEnoughStock extends DomainProblem {
		public NotEnoughStock(String missing) {
			super(409, "problem.order.stock-short", List.of(missing), List.of(new FieldProblem("flavor", "order.change.flavor.stock", missing)));
		}
	}
}
