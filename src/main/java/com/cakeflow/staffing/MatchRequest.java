package com.cakeflow.staffing;

import com.cakeflow.identity.Role;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;

/**
 * What a production or delivery stage of an order needs: a person of a role in a store, for so many minutes, with
 * these skills, starting no later than {@code latestStart} (the due time minus the minutes of this stage and the ones
 * after it); {@code zone} is the delivery zone for drivers (null when unknown or not a delivery).
 */
public record MatchRequest(long storeId, Role role, long orderId, String stage, int minutes, Set<String> requiredSkills,
		Instant latestStart, String zone, boolean urgent) {

	/** The order in which competing stages get their people: urgent ones first, then the one that must start soonest. */
	public static final Comparator<MatchRequest> MOST_PRESSING_FIRST = Comparator.comparing((MatchRequest r) -> !r.urgent())
		.thenComparing(MatchRequest::latestStart).thenComparingLong(MatchRequest::orderId);

	/** When the stage must be done for the order to make its due time. */
	public Instant latestFinish() {
		return latestStart.plusSeconds(60L * minutes);
	}
}
