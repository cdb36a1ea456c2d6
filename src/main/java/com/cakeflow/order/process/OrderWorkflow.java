package com.cakeflow.order.process;

import com.cakeflow.order.TimelineType;
import com.cakeflow.alerting.AlertType;
import com.cakeflow.alerting.Alerts;
import com.cakeflow.catalog.Catalog;
import com.cakeflow.customer.Customers;
import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Role;
import com.cakeflow.inventory.CakeLine;
import com.cakeflow.inventory.Inventory;
import com.cakeflow.inventory.Reservation;
import com.cakeflow.order.OrderCancelled;
import com.cakeflow.order.OrderCompleted;
import com.cakeflow.order.OrderProblems;
import com.cakeflow.order.OrderStatus;
import com.cakeflow.order.internal.CakeOrder;
import com.cakeflow.order.internal.CakeOrderRepository;
import com.cakeflow.order.internal.OrderItem;
import com.cakeflow.payment.PaymentMethod;
import com.cakeflow.payment.Payments;
import com.cakeflow.shared.Money;
import com.cakeflow.staffing.Match;
import com.cakeflow.staffing.MatchRequest;
import com.cakeflow.staffing.StaffMatching;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the cake order process does to an order, step by step; called by the BPMN's delegates and listeners. */
@Service
@Transactional
public class OrderWorkflow {

	/** Minutes a delivery run is counted as (the driver's stage). */
	static final int DELIVERY_MINUTES = 45;

	private final CakeOrderRepository orders;
	private final Catalog catalog;
	private final StaffMatching matching;
	private final Alerts alerts;
	private final Payments payments;
	private final Customers customers;
	private final Inventory inventory;
	private final com.cakeflow.inventory.Recipes recipes;
	private final com.cakeflow.order.internal.OrderChanges changes;
	private final org.springframework.context.MessageSource messages;
	private final com.cakeflow.kitchen.Capacity capacity;
	private final com.cakeflow.kitchen.WorkMinutes workMinutes;
	private final CancellationPolicy cancellationPolicy;
	private final CurrentActor actor;
	private final ApplicationEventPublisher events;
	private final CustomerNotices notices;
	private final Clock clock;

	OrderWorkflow(CakeOrderRepository orders, Catalog catalog, StaffMatching matching, Alerts alerts, Payments payments,
			Customers customers, Inventory inventory, com.cakeflow.inventory.Recipes recipes, com.cakeflow.order.internal.OrderChanges changes,
			org.springframework.context.MessageSource messages, com.cakeflow.kitchen.Capacity capacity, com.cakeflow.kitchen.WorkMinutes workMinutes,
			CancellationPolicy cancellationPolicy, CurrentActor actor, ApplicationEventPublisher events, CustomerNotices notices, Clock clock) {
		this.notices = notices;
		this.capacity = capacity;
		this.workMinutes = workMinutes;
		this.recipes = recipes;
		this.changes = changes;
		this.messages = messages;
		this.orders = orders;
		this.catalog = catalog;
		this.matching = matching;
		this.alerts = alerts;
		this.payments = payments;
		this.customers = customers;
		this.inventory = inventory;
		this.cancellationPolicy = cancellationPolicy;
		this.actor = actor;
		this.events = events;
		this.clock = clock;
	}

	/** Status projection: the order enters the stage the process has reached. */
	public void enter(long orderId, OrderStatus status) {
		var order = order(orderId);
		if (order.moveTo(status, clock.instant(), actor.name())) {
			events.publishEvent(new com.cakeflow.order.OrderStatusChanged(orderId, order.number(), order.storeId(), status));
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
			order.log(clock.instant(), TimelineType.INSCRIPTION_CONFIRMED, actor.name(), TimelineType.details("method", "READ_BACK", "inscriptions",
					com.cakeflow.order.InscriptionProofs.quoted(order)));
		}
	}

	/** Puts an entry on the order's timeline, by whoever acts now. */
	public void log(long orderId, TimelineType type, java.util.Map<String, Object> details) {
		order(orderId).log(clock.instant(), type, actor.name(), details);
	}

	/**
	 * Reserves the stock the cakes need (all or nothing); a shortage raises an alert and goes on the timeline. Once
	 * reserved after a shortage ({@code wasShort}: the order has been short before), the shortage alert is resolved.
	 */
	public Reservation reserveStock(long orderId, String processInstanceId, boolean wasShort) {
		var order = order(orderId);
		var result = inventory.reserve(order.storeId(), orderId, order.dueAt(), cakes(order), CurrentActor.SYSTEM);
		if (result.isShort()) {
			raiseAlert(orderId, processInstanceId, AlertType.STOCK_SHORTAGE, "STOCK", result.summary());
		}
		else {
			if (wasShort) {
				alerts.resolveForOrder(orderId, CurrentActor.SYSTEM, AlertType.STOCK_SHORTAGE);
			}
			order.log(clock.instant(), TimelineType.STOCK_RESERVED, CurrentActor.SYSTEM, TimelineType.details("count", result.reserved().size()));
		}
		return result;
	}

	/**
	 * The order's cakes changed (another flavor): an order that holds stock re-reserves the difference, all or nothing;
	 * a shortage refuses the change (409 listing what is missing).
	 */
	public void cakesChanged(long orderId) {
		var result = inventory.reserveDifference(orderId, cakes(order(orderId)), actor.name());
		if (result.isShort()) {
			throw new OrderProblems.NotEnoughStock(result.summary());
		}
		if (!result.reserved().isEmpty()) {
			log(orderId, TimelineType.STOCK_REBOOKED, TimelineType.details("count", result.reserved().size()));
		}
	}

	/**
	 * The manager substitutes a flavor after a shortage: the cake lines whose recipe uses a missing item (all lines if
	 * none does) change to it. Returns why it could not be done, or an empty string.
	 */
	public String substituteFlavor(long orderId, String flavorInput, java.util.Collection<String> shortItems) {
		var order = orders.lockById(orderId).orElseThrow();
		var flavor = flavorCode(flavorInput).orElse(flavorInput);
		var lines = new java.util.TreeSet<Integer>();
		for (var item : order.items()) {
			var uses = new HashSet<>(recipes.recipe(item.flavorCode(), item.sizeInches()).lines().stream().map(l -> l.itemCode()).toList());
			uses.addAll(recipes.explodedQuantities(item.flavorCode(), item.sizeInches()).keySet());
			if (shortItems.stream().anyMatch(uses::contains)) {
				lines.add(item.lineNo());
			}
		}
		if (lines.isEmpty()) {
			order.items().forEach(item -> lines.add(item.lineNo()));
		}
		var problem = changes.flavorProblem(order, lines, flavor);
		if (problem.isPresent()) {
			var why = messages.getMessage(problem.get().code(), problem.get().args().toArray(), problem.get().code(), java.util.Locale.SIMPLIFIED_CHINESE);
			order.log(clock.instant(), TimelineType.SUBSTITUTE_REFUSED, actor.name(), TimelineType.details("flavor", flavor, "reason", why));
			return why;
		}
		changes.changeFlavor(order, lines, flavor, actor.name());
		return "";
	}

	/** A flavor by its code or its Chinese or English name, as a manager may type it. */
	public Optional<String> flavorCode(String input) {
		if (input == null || input.isBlank()) {
			return Optional.empty();
		}
		var wanted = input.strip();
		return catalog.flavors().stream()
			.filter(f -> f.code().equalsIgnoreCase(wanted) || f.nameZh().equals(wanted) || f.nameEn().equalsIgnoreCase(wanted))
			.map(com.cakeflow.catalog.Flavor::code).findFirst();
	}

	/** Flavors this order's cakes could be made in from the stock available now (what the manager can offer). */
	public java.util.List<com.cakeflow.catalog.Flavor> makeableFlavors(long orderId) {
		var order = order(orderId);
		var alternatives = new java.util.LinkedHashMap<com.cakeflow.catalog.Flavor, java.util.List<CakeLine>>();
		catalog.flavors().forEach(flavor -> alternatives.put(flavor,
				order.items().stream().map(i -> new CakeLine(flavor.code(), i.sizeInches(), i.quantity())).toList()));
		return java.util.List.copyOf(inventory.reservable(order.storeId(), alternatives));
	}

	/** The due time or the cakes changed: the kitchen books the stations still to do again (409 when they no longer fit). */
	public void rebookCapacity(long orderId, String field) {
		var order = order(orderId);
		var booking = capacity.rebook(orderId, order.dueAt(), com.cakeflow.order.internal.OrderIntake.kitchenWork(order), field);
		if (!booking.slots().isEmpty()) {
			log(orderId, TimelineType.CAPACITY_REBOOKED, com.cakeflow.order.internal.OrderIntake.booked(booking));
		}
	}

	/** The due time moved: the order's stock is now needed by then. */
	public void dueChanged(long orderId) {
		inventory.reschedule(orderId, order(orderId).dueAt());
	}

	/** The unresolved stock-shortage alert of an order, if any (what the manager's form shows). */
	public String shortage(long orderId) {
		return alerts.recent(null, order(orderId).number(), 20).stream().filter(a -> a.type() == AlertType.STOCK_SHORTAGE && a.status().unresolved())
			.map(a -> a.detail()).findFirst().orElse("");
	}

	/** Matches a person for the stage; the choice and its reasons go on the timeline. */
	public Optional<Match> match(long orderId, Role role) {
		var order = order(orderId);
		var stage = Stage.ofRole(role);
		var match = matching.match(matchRequest(order, stage));
		order.log(clock.instant(), TimelineType.ASSIGNED, CurrentActor.SYSTEM, match
			.map(m -> TimelineType.details("stage", stage.name(), "person", m.username(), "name", m.displayName(), "why", m.explanation()))
			.orElse(TimelineType.details("stage", stage.name(), "role", role.name(), TimelineType.VARIANT, "nobody")));
		return match;
	}

	/** The stage's person changes (re-matched): their committed minutes are freed first. */
	public void releaseMatch(long orderId, Stage stage) {
		matching.release(orderId, stage.name());
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

	/** Raises an alert about the order (one unresolved per type and stage) and puts it on the timeline. */
	public void raiseAlert(long orderId, String processInstanceId, AlertType type, String stage, String detail) {
		if (alerts.unresolved(type, orderId, stage).isPresent()) {
			return; // a check that runs every few minutes, or a timer fired again: the alert and its timeline entry are there
		}
		var order = order(orderId);
		var alert = alerts.raise(type, order.storeId(), new Alerts.Subject(orderId, order.number(), processInstanceId), stage, detail);
		order.log(clock.instant(), TimelineType.ALERT_RAISED, CurrentActor.SYSTEM, TimelineType.details("alert", type.name(), "stage", stage,
				"detail", detail, "id", alert.id()));
	}

	/** The cake reached the customer: count it into their history, close the order. */
	public void complete(long orderId) {
		var order = order(orderId);
		customers.recordCompletedOrder(order.customerId(), order.totalFen(), order.storeId());
		order.log(clock.instant(), TimelineType.CUSTOMER_UPDATED, CurrentActor.SYSTEM, java.util.Map.of());
		if (order.moveTo(OrderStatus.COMPLETED, clock.instant(), actor.name())) {
			events.publishEvent(new com.cakeflow.order.OrderStatusChanged(orderId, order.number(), order.storeId(), OrderStatus.COMPLETED));
			alerts.resolveForOrder(orderId, CurrentActor.SYSTEM);
			events.publishEvent(new OrderCompleted(orderId, order.number(), order.customerId(), order.totalFen()));
		}
	}

	/** Cancels with the fee of the current stage (cancellation-fee.dmn), refunds the rest of what was paid, frees staff. */
	public void cancel(long orderId, String reason) {
		var order = orders.lockById(orderId).orElseThrow();
		if (order.status().isTerminal()) {
			return;
		}
		var stage = order.status();
		var fee = cancellationPolicy.feeFen(stage, order.totalFen());
		var refund = order.cancel(reason, fee, clock.instant(), actor.name());
		if (refund > 0) {
			payments.refund(orderId, refund, lastMethod(orderId), actor.name(), "cancelled at " + stage);
		}
		order.log(clock.instant(), TimelineType.CANCELLED, actor.name(), TimelineType.details("at", stage.name(), "reason", reason, "fee",
				order.cancellationFeeFen(), "refund", refund));
		matching.releaseAll(orderId);
		var released = inventory.release(orderId, actor.name(), "order cancelled");
		if (!released.isEmpty()) {
			order.log(clock.instant(), TimelineType.STOCK_RELEASED, actor.name(), TimelineType.details("count", released.size()));
		}
		capacity.release(orderId); // after the stock rows, like every transaction
		alerts.resolveForOrder(orderId, actor.name());
		events.publishEvent(new com.cakeflow.order.OrderStatusChanged(orderId, order.number(), order.storeId(), OrderStatus.CANCELLED));
		events.publishEvent(new OrderCancelled(orderId, order.number(), reason, order.cancellationFeeFen(), refund));
	}

	public CakeOrder order(long orderId) {
		return orders.findById(orderId).orElseThrow(() -> new IllegalStateException("order " + orderId + " not found"));
	}

	private static java.util.List<CakeLine> cakes(CakeOrder order) {
		return order.items().stream().map(i -> new CakeLine(i.flavorCode(), i.sizeInches(), i.quantity())).toList();
	}

	private PaymentMethod lastMethod(long orderId) {
		var ledger = payments.ledger(orderId);
		return ledger.isEmpty() ? PaymentMethod.CASH : ledger.get(ledger.size() - 1).method();
	}

	/**
	 * What matching needs to know about a stage: its minutes (work-minutes.dmn; a delivery run counts 45 minutes until
	 * routing knows better), skills, the latest start (due time minus the minutes of this stage and the ones after it,
	 * delivery included) and, for a delivery, the district it goes to.
	 */
	MatchRequest matchRequest(CakeOrder order, Stage stage) {
		return matchRequest(order, stage, stageMinutes(order));
	}

	/** The requests of several stages of an order (work-minutes.dmn evaluated once). */
	public java.util.List<MatchRequest> matchRequests(long orderId, java.util.List<Stage> stages) {
		var order = order(orderId);
		var perStage = stageMinutes(order);
		return stages.stream().map(stage -> matchRequest(order, stage, perStage)).toList();
	}

	private int[] stageMinutes(CakeOrder order) {
		var minutes = workMinutes.of(com.cakeflow.order.internal.OrderIntake.kitchenWork(order));
		boolean delivery = order.fulfillmentType() == com.cakeflow.order.FulfillmentType.DELIVERY;
		return new int[] { minutes.get(com.cakeflow.kitchen.Station.BAKE), minutes.get(com.cakeflow.kitchen.Station.DECORATE),
				minutes.get(com.cakeflow.kitchen.Station.PACK), delivery ? DELIVERY_MINUTES : 0 };
	}

	private MatchRequest matchRequest(CakeOrder order, Stage stage, int[] perStage) {
		int fromHereOn = 0;
		for (int i = stage.ordinal(); i < perStage.length; i++) {
			fromHereOn += perStage[i];
		}
		var zone = stage == Stage.DELIVER ? com.cakeflow.staffing.DeliveryZones.of(order.address()).orElse(null) : null;
		return new MatchRequest(order.storeId(), stage.role(), order.id(), stage.name(), perStage[stage.ordinal()], skills(order, stage.role()),
				order.dueAt().minusSeconds(60L * fromHereOn), zone, order.urgent());
	}

	/** The request for an order's stage, by order id (re-matching). */
	public MatchRequest matchRequest(long orderId, Stage stage) {
		return matchRequest(order(orderId), stage);
	}

	/** Skills a stage needs, by the kitchen's rule (large sizes, Chinese calligraphy, fondant); none for delivery. */
	static Set<String> skills(CakeOrder order, Role role) {
		return Stage.ofRole(role).station().map(station -> com.cakeflow.kitchen.CakeWork.skills(com.cakeflow.order.internal.OrderIntake.kitchenWork(order), station))
			.orElse(Set.of());
	}
}
