package com.cakeflow.planning.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the solver works on a plan ({@code cakeflow.planning.*}).
 *
 * @param solverLimit at most this long per plan
 * @param unimprovedLimit stopping earlier once this long brought nothing better
 */
@ConfigurationProperties("cakeflow.planning")
public record PlanningProperties(@DefaultValue("PT10S") Duration solverLimit, @DefaultValue("PT3S") Duration unimprovedLimit) {
}
