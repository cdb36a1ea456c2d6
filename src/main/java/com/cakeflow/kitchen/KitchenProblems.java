package com.cakeflow.kitchen;

import com.cakeflow.shared.DomainProblem;
import com.cakeflow.shared.FieldProblem;
import java.util.List;
import java.util.Map;

/** The named ways a kitchen request can fail. */
public final class KitchenProblems {

	private KitchenProblems() {
	}

	/** The order's work minutes do not fit the stations before its due time: 409 with the earliest due times that do. */
	public static class NoCapacity extends DomainProblem {

		private final transient List<String> earliestDueTimes;

		public NoCapacity(String field, List<String> earliestDueTimes) {
			super(409, "problem.kitchen.no-capacity", List.of(String.join(", ", earliestDueTimes)),
					List.of(new FieldProblem(field, earliestDueTimes.isEmpty() ? "kitchen.capacity.full.none" : "kitchen.capacity.full",
							String.join(", ", earliestDueTimes))));
			this.earliestDueTimes = List.copyOf(earliestDueTimes);
		}

		@Override
		public Map<String, Object> properties() {
			return Map.of("earliestDueTimes", earliestDueTimes);
		}
	}
}
