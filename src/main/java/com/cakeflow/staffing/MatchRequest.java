package com.cakeflow.staffing;

import com.cakeflow.identity.Role;
import java.util.Set;

/** What a production stage of an order needs: a person of a role in a store, for so many minutes, with these skills. */
public record MatchRequest(long storeId, Role role, long orderId, String stage, int minutes, Set<String> requiredSkills) {
}
