package com.cakeflow.alerting.web;

import com.cakeflow.alerting.AlertView;
import com.cakeflow.alerting.Alerts;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alerts for managers over REST (the alert centre page comes with the alerting issue). */
@RestController
class AlertController {

	private final Alerts alerts;

	AlertController(Alerts alerts) {
		this.alerts = alerts;
	}

	@GetMapping("/api/alerts")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CLERK')")
	List<AlertView> alerts(@RequestParam(required = false) String status, @RequestParam(required = false) String orderNumber,
			@RequestParam(defaultValue = "100") int limit) {
		return alerts.recent(status, orderNumber, Math.min(Math.max(limit, 1), 500));
	}
}
