package com.cakeflow.order.process;

import com.cakeflow.alerting.AlertType;
import com.cakeflow.identity.StoreInfo;
import com.cakeflow.identity.Stores;
import com.cakeflow.kitchen.FinishForecast;
import com.cakeflow.order.FulfillmentType;
import com.cakeflow.order.OrderStatus;
import com.cakeflow.sla.SlaSettings;
import com.cakeflow.order.internal.CakeOrder;
import com.cakeflow.order.internal.CakeOrderRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The at-risk check, store by store: for every order still in the kitchen whose due time is within the store's
 * lookahead, predicts when the cake is ready from the live kitchen queue ({@link FinishForecast}; delivery adds the
 * drive) and, when that is after the promised time, raises one AT_RISK alert while there is still time to act — move
 * a cake up, call in somebody. Once the cake is still predicted late within the store's notice lead time, the customer
 * is told the new time (once). A forecast that is back on time, or an order that has left the kitchen, resolves it.
 * <p>
 * One Quartz job runs it every minute and each store is scanned at its own interval ({@code atRiskCheckEvery}). It
 * replaces a timer cycle in every order's process: with thousands of open orders those were thousands of timer jobs
 * and their history, where a store needs one pass over its queue (docs/design-notes.md).
 */
@Component
public class AtRiskScan {

	/** The stages whose finish the kitchen queue decides. */
	static final Set<OrderStatus> IN_KITCHEN = EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.BAKING, OrderStatus.DECORATING, OrderStatus.PACKING);
	/** How much earlier than its interval a store may be scanned again (the Quartz job fires every minute). */
	static final Duration FIRE_JITTER = Duration.ofSeconds(30);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AtRiskScan.class);

	private final CakeOrderRepository orders;
	private final SlaSettings settings;
	private final FinishForecast forecasts;
	private final OrderAlerts workflow;
	private final CustomerNotices notices;
	private final Stores stores;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final Map<Long, Instant> lastScan = new ConcurrentHashMap<>();

	AtRiskScan(CakeOrderRepository orders, SlaSettings settings, FinishForecast forecasts, OrderAlerts workflow, CustomerNotices notices,
			Stores stores, org.springframework.transaction.PlatformTransactionManager transactions, Clock clock) {
		this.orders = orders;
		this.settings = settings;
		this.forecasts = forecasts;
		this.workflow = workflow;
		this.notices = notices;
		this.stores = stores;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Scans the stores whose interval has passed since this node last scanned them; returns the orders checked. */
	public int scanDueStores() {
		int checked = 0;
		var now = clock.instant();
		for (var store : stores.all()) {
			var last = lastScan.get(store.id());
			if (due(last, settings.of(store.id()).atRiskCheckEvery(), now)) {
				checked += scan(store.id());
			}
		}
		return checked;
	}

	/**
	 * Whether a store last scanned then is due again: its interval has passed, give or take the job's own jitter (the
	 * minute's fire comes a few ms earlier or later each time; without the slack a 10-minute interval was scanned
	 * every 11 minutes).
	 */
	static boolean due(Instant last, Duration every, Instant now) {
		return last == null || !last.plus(every).isAfter(now.plus(FIRE_JITTER));
	}

	/** Checks every order of the store in the kitchen and due within its lookahead, each in a transaction of its own. */
	public int scan(long storeId) {
		long started = System.nanoTime();
		var now = clock.instant();
		lastScan.put(storeId, now);
		var sla = settings.of(storeId);
		var store = stores.byId(storeId).orElseThrow();
		var candidates = orders.inStatusDueBefore(storeId, IN_KITCHEN, now.plus(sla.atRiskLookahead()));
		// one read of the store's queue for all of them (a forecast per order read the queue once per order and station)
		var forecastsNow = forecasts.ofStore(storeId, candidates);
		var alerted = new java.util.HashSet<String>();
		alerted.addAll(workflow.unresolvedOrders(storeId, AlertType.AT_RISK, 10_000));
		for (var orderId : candidates) {
			var forecast = forecastsNow.get(orderId);
			if (forecast != null) {
				transaction.executeWithoutResult(tx -> check(orderId, forecast, alerted, store, sla, now));
			}
		}
		for (var number : workflow.unresolvedOrders(storeId, AlertType.AT_RISK, 1000)) {
			transaction.executeWithoutResult(tx -> orders.findByNumber(number).filter(order -> !IN_KITCHEN.contains(order.status()))
				.ifPresent(order -> workflow.resolve(order.id(), AlertType.AT_RISK)));
		}
		if (!candidates.isEmpty()) {
			log.info("at-risk scan of store {}: {} orders checked in {} ms", store.code(), candidates.size(), (System.nanoTime() - started) / 1_000_000);
		}
		return candidates.size();
	}

	private void check(long orderId, FinishForecast.Forecast forecast, Set<String> alerted, StoreInfo store, SlaSettings.Sla sla, Instant now) {
		var order = orders.findById(orderId).orElse(null);
		if (order == null || !IN_KITCHEN.contains(order.status())) {
			return;
		}
		var due = order.dueAt();
		var ready = readyAt(order, forecast);
		if (ready != null && !ready.isAfter(due)) {
			if (alerted.contains(order.number())) {
				workflow.resolve(orderId, AlertType.AT_RISK);
			}
			return;
		}
		workflow.raise(orderId, null, AlertType.AT_RISK, null,
				"predicted ready " + (ready == null ? "not within " + FinishForecast.HORIZON.toDays() + " days" : TIME.format(ready.atZone(store.zone())))
						+ ", promised " + TIME.format(due.atZone(store.zone())) + " (queued ahead + own minutes: " + forecast.summary() + ")");
		if (ready != null && !now.isBefore(due.minus(sla.lateNoticeBefore()))) {
			notices.runningLate(orderId, roundedUp(ready));
		}
	}

	private static Instant readyAt(CakeOrder order, FinishForecast.Forecast forecast) {
		if (forecast.finish() == null) {
			return null;
		}
		return order.fulfillmentType() == FulfillmentType.DELIVERY ? forecast.finish().plus(Duration.ofMinutes(StageMatching.DELIVERY_MINUTES))
				: forecast.finish();
	}

	/** The new time told to the customer: the next ten minutes (a promise, not a forecast to the second). */
	static Instant roundedUp(Instant time) {
		long tenMinutes = 600;
		long seconds = time.getEpochSecond();
		return Instant.ofEpochSecond((seconds + tenMinutes - 1) / tenMinutes * tenMinutes);
	}
}
