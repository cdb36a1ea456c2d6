package com.cakeflow.order.process;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.inventory.Inventory;
import com.cakeflow.kitchen.Capacity;
import com.cakeflow.order.InscriptionProofs;
import com.cakeflow.order.OrderStatus;
import com.cakeflow.order.OrderStatusChanged;
import com.cakeflow.order.TimelineType;
import com.cakeflow.order.internal.CakeOrder;
import com.cakeflow.order.internal.CakeOrderRepository;
import com.cakeflow.order.internal.OrderIntake;
import com.cakeflow.staffing.StaffMatching;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the cake order process does to an order as it moves: the status projection (with the customer's notices it
 * triggers), the timeline, a stage's end (minutes freed, stock consumed when baking ends) and the kitchen booked
 * again after a change. The other steps have their own classes: {@link StageMatching}, {@link OrderStock},
 * {@link FlavorSubstitution}, {@link OrderAlerts}, {@link OrderClosing}.
 */
@Service
@Transactional
public class OrderWorkflow {

	private final CakeOrderRepository orders;
	private final StaffMatching matching;
	private final Inventory inventory;
	private final Capacity capacity;
	private final CustomerNotices notices;
	private final ApplicationEventPublisher events;
	private final CurrentActor actor;
	private final Clock clock;

	OrderWorkflow(CakeOrderRepository orders, StaffMatching matching, Inventory inventory, Capacity capacity, CustomerNotices notices,
			ApplicationEventPublisher events, CurrentActor actor, Clock clock) {
		this.orders = orders;
		this.matching = matching;
		this.inventory = inventory;
		this.capacity = capacity;
		this.notices = notices;
		this.events = events;
		this.actor = actor;
		this.clock = clock;
	}

	/** Status projection: the order enters the stage the process has reached. */
	public void enter(long orderId, OrderStatus status) {
		var order = order(orderId);
		if (order.moveTo(status, clock.instant(), actor.name())) {
			events.publishEvent(new OrderStatusChanged(orderId, order.number(), order.storeId(), status));
			switch (status) {
				case READY_FOR_PICKUP -> notices.readyForPickup(orderId);
				case OUT_FOR_DELIVERY -> notices.outForDelivery(orderId);
				default -> {
				}
			}
		}
	}

	/** The confirm-inscription task was completed by a person: they read the text back to the customer. */
	public void inscriptionsReadBack(long orderId) {
		var order = order(orderId);
		if (order.proofInscriptions(clock.instant(), actor.name(), "READ_BACK")) {
			order.log(clock.instant(), TimelineType.INSCRIPTION_CONFIRMED, actor.name(),
					TimelineType.details("method", "READ_BACK", "inscriptions", InscriptionProofs.quoted(order)));
		}
	}

	/** Puts an entry on the order's timeline, by whoever acts now. */
	public void log(long orderId, TimelineType type, Map<String, Object> details) {
		order(orderId).log(clock.instant(), type, actor.name(), details);
	}

	/** A stage is done: its person's minutes are free again; baking turns the reserved stock into consumption. */
	public void stageDone(long orderId, Stage stage) {
		matching.release(orderId, stage.name());
		if (stage == Stage.BAKE) { // stock rows before capacity rows, in every transaction, so they cannot deadlock
			var consumed = inventory.consume(orderId, actor.name());
			if (!consumed.isEmpty()) {
				order(orderId).log(clock.instant(), TimelineType.STOCK_CONSUMED, actor.name(), TimelineType.details("count", consumed.size()));
			}
		}
		stage.station().ifPresent(station -> capacity.done(orderId, station));
	}

	/** The due time or the cakes changed: the kitchen books the stations still to do again (409 when they no longer fit). */
	public void rebookCapacity(long orderId, String field) {
		var order = order(orderId);
		var booking = capacity.rebook(orderId, order.dueAt(), OrderIntake.kitchenWork(order), field);
		if (!booking.slots().isEmpty()) {
			log(orderId, TimelineType.CAPACITY_REBOOKED, OrderIntake.booked(booking));
		}
	}

	public CakeOrder order(long orderId) {
		return orders.require(orderId);
	}
}
