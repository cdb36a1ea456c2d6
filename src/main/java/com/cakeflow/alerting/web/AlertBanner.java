package com.cakeflow.alerting.web;

import com.cakeflow.alerting.Alerts;
import org.springframework.stereotype.Component;

/**
 * What the banner on every staff page counts: open alerts of the urgent types (a stage overdue, a cake at risk, a late
 * delivery, a stock shortage). Read by the layout as {@code ${@alertBanner.urgentOpen()}}, so only pages that render
 * the layout pay for the query, not the API.
 */
@Component("alertBanner")
public class AlertBanner {

	private final Alerts alerts;

	AlertBanner(Alerts alerts) {
		this.alerts = alerts;
	}

	public long urgentOpen() {
		return alerts.urgentOpen(null);
	}
}
