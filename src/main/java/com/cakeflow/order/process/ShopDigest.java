package com.cakeflow.order.process;

import com.cakeflow.alerting.AlertStatus;
import com.cakeflow.alerting.AlertView;
import com.cakeflow.alerting.Alerts;
import com.cakeflow.alerting.NotificationKind;
import com.cakeflow.alerting.Notice;
import com.cakeflow.alerting.Notifications;
import com.cakeflow.identity.StoreInfo;
import com.cakeflow.identity.Stores;
import com.cakeflow.inventory.Inventory;
import com.cakeflow.order.FulfillmentType;
import com.cakeflow.order.OrderStatus;
import com.cakeflow.order.internal.CakeOrder;
import com.cakeflow.order.internal.CakeOrderRepository;
import com.cakeflow.shared.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shop's scheduled chores around orders: the managers' morning digest (today's orders, yesterday's results, open
 * alerts, low stock) and the customers' pickup reminders the day before.
 */
@Service
@Transactional
public class ShopDigest {

	/** A pickup ordered at least this long before it is due gets a reminder the day before. */
	static final Duration REMIND_IF_ORDERED_BEFORE = Duration.ofHours(20);

	private final CakeOrderRepository orders;
	private final Stores stores;
	private final Alerts alerts;
	private final Inventory inventory;
	private final Notifications notifications;
	private final CustomerNotices notices;
	private final Locale managerLanguage;
	private final Clock clock;

	ShopDigest(CakeOrderRepository orders, Stores stores, Alerts alerts, Inventory inventory, Notifications notifications, CustomerNotices notices,
			@Value("${cakeflow.notifications.manager-language:zh-CN}") String managerLanguage, Clock clock) {
		this.orders = orders;
		this.stores = stores;
		this.alerts = alerts;
		this.inventory = inventory;
		this.notifications = notifications;
		this.notices = notices;
		this.managerLanguage = Locale.forLanguageTag(managerLanguage);
		this.clock = clock;
	}

	/** Today's digest for every store with a manager mail address (once per store and day); returns how many were queued. */
	public int sendDigests() {
		int queued = 0;
		for (var store : stores.all()) {
			if (store.managerEmail() != null && !store.managerEmail().isBlank()) {
				queued += notifications.enqueue(digest(store, LocalDate.now(clock.withZone(store.zone()))));
			}
		}
		return queued;
	}

	Notice digest(StoreInfo store, LocalDate day) {
		var today = orders.dueBetween(store.id(), start(store, day), start(store, day.plusDays(1)), Set.of(OrderStatus.CANCELLED));
		var yesterday = orders.dueBetween(store.id(), start(store, day.minusDays(1)), start(store, day), Set.of());
		var completed = yesterday.stream().filter(o -> o.status() == OrderStatus.COMPLETED).toList();
		List<AlertView> open = new ArrayList<>(alerts.search(AlertStatus.OPEN, null, null, store.id(), 50));
		open.addAll(alerts.search(AlertStatus.ACKNOWLEDGED, null, null, store.id(), 50));
		var low = inventory.items(store.id()).stream().filter(com.cakeflow.inventory.StockItem::low)
			.map(item -> (managerLanguage.getLanguage().equals("zh") ? item.nameZh() : item.nameEn()) + ": " + item.available() + " " + item.unit()
					+ " < " + item.reorderPoint())
			.toList();
		return Notice.of(NotificationKind.DAILY_DIGEST, "DAILY_DIGEST:" + store.code() + ":" + day).store(store.id())
			.to(store.managerEmail(), null, managerLanguage).with("storeName", store.name()).with("storePhone", store.phone()).with("day", day)
			.with("dueToday", today.size())
			.with("deliveriesToday", today.stream().filter(o -> o.fulfillmentType() == FulfillmentType.DELIVERY).count())
			.with("urgentToday", today.stream().filter(CakeOrder::urgent).count()).with("completedYesterday", completed.size())
			.with("revenueYesterday", Money.yuan(completed.stream().mapToLong(CakeOrder::totalFen).sum()))
			.with("cancelledYesterday", yesterday.stream().filter(o -> o.status() == OrderStatus.CANCELLED).count())
			.with("lateYesterday", completed.stream().filter(ShopDigest::finishedLate).count())
			.with("awaitingDeposit", today.stream().filter(o -> o.status() == OrderStatus.AWAITING_DEPOSIT).count()).with("openAlerts", open)
			.with("lowStock", low);
	}

	/**
	 * Reminds customers whose pickup is due within a day (ordered well before, not collected or cancelled), once per order
	 * and due time; returns how many messages were queued.
	 */
	public int remindPickups() {
		var now = clock.instant();
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
		return order.timeline().stream().anyMatch(e -> e.type() == com.cakeflow.order.TimelineType.STATUS_CHANGED
				&& (OrderStatus.READY_FOR_PICKUP.name().equals(e.details().get("to"))
						|| OrderStatus.COMPLETED.name().equals(e.details().get("to")) && order.fulfillmentType() == FulfillmentType.DELIVERY)
				&& e.at().isAfter(order.dueAt()));
	}

	private static Instant start(StoreInfo store, LocalDate day) {
		return day.atStartOfDay(store.zone()).toInstant();
	}
}
