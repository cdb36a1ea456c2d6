package com.cakeflow.alerting;

import com.cakeflow.identity.StoreInfo;
import com.cakeflow.identity.Stores;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' morning digest of each store, by mail once a day: what the modules tell of the day
 * ({@link DigestPart}: today's orders, yesterday's results, low stock) and the alerts still open.
 */
@Service
@Transactional
public class ManagerDigest {

	private final Stores stores;
	private final Alerts alerts;
	private final Notifications notifications;
	private final List<DigestPart> parts;
	private final Locale managerLanguage;
	private final Clock clock;

	ManagerDigest(Stores stores, Alerts alerts, Notifications notifications, List<DigestPart> parts,
			@Value("${cakeflow.notifications.manager-language:zh-CN}") String managerLanguage, Clock clock) {
		this.stores = stores;
		this.alerts = alerts;
		this.notifications = notifications;
		this.parts = parts;
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
		List<AlertView> open = new ArrayList<>(alerts.search(AlertStatus.OPEN, null, null, store.id(), 50));
		open.addAll(alerts.search(AlertStatus.ACKNOWLEDGED, null, null, store.id(), 50));
		var notice = Notice.of(NotificationKind.DAILY_DIGEST, "DAILY_DIGEST:" + store.code() + ":" + day).store(store.id())
			.to(store.managerEmail(), null, managerLanguage).with("storeName", store.name()).with("storePhone", store.phone()).with("day", day)
			.with("openAlerts", open);
		for (var part : parts) {
			for (var fact : part.facts(store, day, managerLanguage).entrySet()) {
				notice = notice.with(fact.getKey(), fact.getValue());
			}
		}
		return notice;
	}
}
