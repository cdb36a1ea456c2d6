package com.cakeflow.order.process;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Role;
import com.cakeflow.kitchen.CakeWork;
import com.cakeflow.kitchen.Station;
import com.cakeflow.kitchen.WorkMinutes;
import com.cakeflow.order.FulfillmentType;
import com.cakeflow.order.TimelineType;
import com.cakeflow.order.internal.CakeOrder;
import com.cakeflow.order.internal.CakeOrderRepository;
import com.cakeflow.order.internal.OrderIntake;
import com.cakeflow.staffing.DeliveryZones;
import com.cakeflow.staffing.Match;
import com.cakeflow.staffing.MatchRequest;
import com.cakeflow.staffing.StaffMatching;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who does a stage of an order: what matching needs to know about it (minutes from work-minutes.dmn, skills, latest
 * start, the delivery's district), the match itself with its reasons on the timeline, and giving the minutes back.
 */
@Service
@Transactional
public class StageMatching {

	/** Minutes a delivery run is counted as (the driver's stage), until routing knows better. */
	static final int DELIVERY_MINUTES = 45;

	private final CakeOrderRepository orders;
	private final StaffMatching matching;
	private final WorkMinutes workMinutes;
	private final Clock clock;

	StageMatching(CakeOrderRepository orders, StaffMatching matching, WorkMinutes workMinutes, Clock clock) {
		this.orders = orders;
		this.matching = matching;
		this.workMinutes = workMinutes;
		this.clock = clock;
	}

	/** Matches a person for the stage; the choice and its reasons go on the timeline. */
	public Optional<Match> match(long orderId, Role role) {
		var order = order(orderId);
		var stage = Stage.ofRole(role);
		var match = matching.match(matchRequest(order, stage, stageMinutes(order)));
		order.log(clock.instant(), TimelineType.ASSIGNED, CurrentActor.SYSTEM, match
			.map(m -> TimelineType.details("stage", stage.name(), "person", m.username(), "name", m.displayName(), "why", m.explanation()))
			.orElse(TimelineType.details("stage", stage.name(), "role", role.name(), TimelineType.VARIANT, "nobody")));
		return match;
	}

	/** The stage's person changes (re-matched): their committed minutes are freed first. */
	public void releaseMatch(long orderId, Stage stage) {
		matching.release(orderId, stage.name());
	}

	/** The request for an order's stage, by order id (re-matching, overdue timers). */
	public MatchRequest matchRequest(long orderId, Stage stage) {
		var order = order(orderId);
		return matchRequest(order, stage, stageMinutes(order));
	}

	/** The requests of several stages of an order (work-minutes.dmn evaluated once). */
	public List<MatchRequest> matchRequests(long orderId, List<Stage> stages) {
		var order = order(orderId);
		var perStage = stageMinutes(order);
		return stages.stream().map(stage -> matchRequest(order, stage, perStage)).toList();
	}

	private int[] stageMinutes(CakeOrder order) {
		var minutes = workMinutes.of(OrderIntake.kitchenWork(order));
		boolean delivery = order.fulfillmentType() == FulfillmentType.DELIVERY;
		return new int[] { minutes.get(Station.BAKE), minutes.get(Station.DECORATE), minutes.get(Station.PACK), delivery ? DELIVERY_MINUTES : 0 };
	}

	/**
	 * What matching needs to know about a stage: its minutes, skills, the latest start (due time minus the minutes of
	 * this stage and the ones after it, delivery included) and, for a delivery, the district it goes to.
	 */
	private static MatchRequest matchRequest(CakeOrder order, Stage stage, int[] perStage) {
		int fromHereOn = 0;
		for (int i = stage.ordinal(); i < perStage.length; i++) {
			fromHereOn += perStage[i];
		}
		var zone = stage == Stage.DELIVER ? DeliveryZones.of(order.address()).orElse(null) : null;
		return new MatchRequest(order.storeId(), stage.role(), order.id(), stage.name(), perStage[stage.ordinal()], skills(order, stage),
				order.dueAt().minusSeconds(60L * fromHereOn), zone, order.urgent());
	}

	/** Skills a stage needs, by the kitchen's rule (large sizes, Chinese calligraphy, fondant); none for delivery. */
	static Set<String> skills(CakeOrder order, Stage stage) {
		return stage.station().map(station -> CakeWork.skills(OrderIntake.kitchenWork(order), station)).orElse(Set.of());
	}

	private CakeOrder order(long orderId) {
		return orders.require(orderId);
	}
}
