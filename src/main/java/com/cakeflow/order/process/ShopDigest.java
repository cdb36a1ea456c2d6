package com.cakeflow.order.process;

import com.cakeflow.alerting.DigestPart;
import com.cakeflow.alerting.Reminders;
import com.cakeflow.identity.StoreInfo;
import com.cakeflow.identity.Stores;
import com.cakeflow.order.FulfillmentType;
import com.cakeflow.order.OrderStatus;
import com.cakeflow.order.TimelineType;
import com.cakeflow.order.internal.CakeOrder;
import com.cakeflow.order.internal.CakeOrderRepository;
import com.cakeflow.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What orders tell the shop's scheduled messages, which alerting sends: the managers' morning digest's numbers (today's
 * orders, yesterday's results) and the customers' pickup reminders the day before.
 */
@Service
@Transactional(readOnly = true)
public class ShopDigest implements DigestPart, Reminders {

	/** A pickup ordered at least this long before it is due gets a reminder the day before. */
	static final Duration REMIND_IF_ORDERED_BEFORE = Duration.ofHours(20);

	private final CakeOrderRepository orders;
	private final Stores stores;
	private final CustomerNotices notices;

	ShopDigest(CakeOrderRepository orders, Stores stores, CustomerNotices notices) {
		this.orders = orders;
		this.stores = stores;
		this.notices = notices;
	}

	@Override
	public Map<String, Object> facts(StoreInfo store, LocalDate day, Locale language) {
		var today = orders.dueBetween(store.id(), start(store, day), start(store, day.plusDays(1)), Set.of(OrderStatus.CANCELLED));
		var yesterday = orders.dueBetween(store.id(), start(store, day.minusDays(1)), start(store, day), Set.of());
		var completed = yesterday.stream().filter(o -> o.status() == OrderStatus.COMPLETED).toList();
		var facts = new LinkedHashMap<String, Object>();
		facts.put("dueToday", today.size());
		facts.put("deliveriesToday", today.stream().filter(o -> o.fulfillmentType() == FulfillmentType.DELIVERY).count());
		facts.put("urgentToday", today.stream().filter(CakeOrder::urgent).count());
		facts.put("completedYesterday", completed.size());
		facts.put("revenueYesterday", Money.yuan(completed.stream().mapToLong(CakeOrder::totalFen).sum()));
		facts.put("cancelledYesterday", yesterday.stream().filter(o -> o.status() == OrderStatus.CANCELLED).count());
		facts.put("lateYesterday", completed.stream().filter(ShopDigest::finishedLate).count());
		facts.put("awaitingDeposit", today.stream().filter(o -> o.status() == OrderStatus.AWAITING_DEPOSIT).count());
		return facts;
	}

	/**
	 * Reminds customers whose pickup is due within a day (ordered well before, not collected or cancelled), once per order
	 * and due time; returns how many messages were queued.
	 */
	@Override
	@Transactional
	public int sendDue(Instant now) {
		int reminded = 0;
		for (var store : stores.all()) {
			for (var order : orders.dueBetween(store.id(), now, now.plus(Duration.ofDays(1)), Set.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED))) {
				if (order.fulfillmentType() == FulfillmentType.PICKUP && order.createdAt().isBefore(order.dueAt().minus(REMIND_IF_ORDERED_BEFORE))) {
					reminded += notices.pickupReminder(order.id());
				}
			}
		}
		return reminded;
	}

	private static boolean finishedLate(CakeOrder order) {
		return order.timeline().stream().anyMatch(e -> e.type() == TimelineType.STATUS_CHANGED
				&& (OrderStatus.READY_FOR_PICKUP.name().equals(e.details().get("to"))
						|| OrderStatus.COMPLETED.name().equals(e.details().get("to")) && order.fulfillmentType() == FulfillmentType.DELIVERY)
				&& e.at().isAfter(order.dueAt()));
	}

	private static Instant start(StoreInfo store, LocalDate day) {
		return day.atStartOfDay(store.zone()).toInstant();
	}
}
