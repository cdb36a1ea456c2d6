package com.cakeflow.alerting.web;

import com.cakeflow.alerting.AlertStatus;
import com.cakeflow.alerting.AlertType;
import com.cakeflow.alerting.Alerts;
import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Stores;
import com.cakeflow.shared.DomainProblem;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The alert centre: alerts newest first, filtered by status (default: not dealt with yet), type and order number, each
 * linked to its order and its process instance in Cockpit, with acknowledge and resolve (with a comment) buttons.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CLERK')")
class AlertPages {

	static final String UNRESOLVED = "UNRESOLVED";
	static final String ALL = "ALL";

	private final Alerts alerts;
	private final Stores stores;
	private final CurrentActor actor;
	private final MessageSource messages;

	AlertPages(Alerts alerts, Stores stores, CurrentActor actor, MessageSource messages) {
		this.alerts = alerts;
		this.stores = stores;
		this.actor = actor;
		this.messages = messages;
	}

	@GetMapping("/alerts")
	String centre(@RequestParam(defaultValue = UNRESOLVED) String status, @RequestParam(required = false) String type,
			@RequestParam(required = false) String q, Model model) {
		var chosenType = java.util.Arrays.stream(AlertType.values()).filter(t -> t.name().equals(type)).findFirst().orElse(null);
		var orderNumber = q == null || q.isBlank() ? null : q.strip();
		model.addAttribute("alerts", alerts.search(statuses(status), chosenType, orderNumber,
				stores.scope(null, "store").map(com.cakeflow.identity.StoreInfo::id).orElse(null), 200));
		model.addAttribute("status", statuses(status).equals(EnumSet.allOf(AlertStatus.class)) ? ALL : status);
		model.addAttribute("type", chosenType == null ? "" : chosenType.name());
		model.addAttribute("q", orderNumber == null ? "" : orderNumber);
		model.addAttribute("types", AlertType.values());
		model.addAttribute("statuses", AlertStatus.values());
		model.addAttribute("zone", stores.current().zone());
		return "alerting/centre";
	}

	private static Set<AlertStatus> statuses(String status) {
		if (UNRESOLVED.equals(status)) {
			return EnumSet.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED);
		}
		return java.util.Arrays.stream(AlertStatus.values()).filter(s -> s.name().equals(status)).findFirst().map(EnumSet::of)
			.orElseGet(() -> EnumSet.allOf(AlertStatus.class));
	}

	@PostMapping("/alerts/{id}/ack")
	String acknowledge(@PathVariable long id, @RequestParam(required = false) String comment, Filter back,
			RedirectAttributes redirect, Locale locale) {
		if (comment != null && comment.strip().length() > 500) {
			redirect.addFlashAttribute("error", messages.getMessage("alert.comment.too-long", new Object[] { 500 }, locale));
			return back(back);
		}
		return act(() -> alerts.acknowledge(id, actor.name(), comment), "alert.acknowledged", id, back, redirect, locale);
	}

	@PostMapping("/alerts/{id}/resolve")
	String resolve(@PathVariable long id, @RequestParam(required = false) String comment, Filter back,
			RedirectAttributes redirect, Locale locale) {
		if (comment == null || comment.isBlank() || comment.strip().length() > 500) {
			redirect.addFlashAttribute("error", messages.getMessage(comment == null || comment.isBlank() ? "alert.comment.required"
					: "alert.comment.too-long", new Object[] { 500 }, locale));
			redirect.addFlashAttribute("failedId", id);
			return back(back);
		}
		return act(() -> alerts.resolve(id, actor.name(), comment), "alert.resolved", id, back, redirect, locale);
	}

	private String act(Runnable action, String done, long id, Filter back, RedirectAttributes redirect, Locale locale) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", messages.getMessage(done, new Object[] { id }, locale));
		}
		catch (DomainProblem problem) {
			redirect.addFlashAttribute("error", messages.getMessage(problem.code(), problem.args().toArray(), locale));
		}
		return back(back);
	}

	/** The list's filters, sent back with each action so the list stays as it was. */
	record Filter(String status, String type, String q) {
	}

	/** Back to the list as it was filtered. */
	private static String back(Filter back) {
		var uri = UriComponentsBuilder.fromPath("/alerts");
		if (back.status() != null && !back.status().isBlank()) {
			uri.queryParam("status", back.status());
		}
		if (back.type() != null && !back.type().isBlank()) {
			uri.queryParam("type", back.type());
		}
		if (back.q() != null && !back.q().isBlank()) {
			uri.queryParam("q", back.q());
		}
		return "redirect:" + uri.encode().build().toUriString();
	}
}
