package com.cakeflow.alerting.web;

import com.cakeflow.alerting.Alerts;
import com.cakeflow.identity.StoreInfo;
import com.cakeflow.identity.Stores;
import org.springframework.stereotype.Component;

/**
 * What the banner on every staff page counts: open alerts of the urgent types (a stage overdue, a cake at risk, a late
 * delivery, a stock shortage). Read by the layout as {@code ${@alertBanner.urgentOpen()}}, so only pages that render
 * the layout pay for the query, not the API.
 */
@Component("alertBanner")
public class AlertBanner {

	private final Alerts alerts;
	private final Stores stores;

	AlertBanner(Alerts alerts, Stores stores) {
		this.alerts = alerts;
		this.stores = stores;
	}

	/** Of the stores the alert centre lists for this person: their current store, or every store for a chain's managers. */
	public long urgentOpen() {
		return alerts.urgentOpen(stores.scope(null, "store").map(StoreInfo::id).orElse(null));
	}
}
