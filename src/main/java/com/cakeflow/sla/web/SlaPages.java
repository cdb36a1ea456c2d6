package com.cakeflow.sla.web;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Stores;
import com.cakeflow.sla.SlaSettings;
import com.cakeflow.shared.InvalidRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Managers set the store's time limits in minutes (deposit reminder and cancellation, no-show, overdue per stage). */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
class SlaPages {

	private final SlaSettings settings;
	private final Stores stores;
	private final CurrentActor actor;
	private final MessageSource messages;

	SlaPages(SlaSettings settings, Stores stores, CurrentActor actor, MessageSource messages) {
		this.settings = settings;
		this.stores = stores;
		this.actor = actor;
		this.messages = messages;
	}

	@GetMapping("/settings/sla")
	String page(Model model) {
		var store = stores.current();
		var sla = settings.of(store.id());
		if (!model.containsAttribute("minutes")) {
			var minutes = new LinkedHashMap<String, Long>();
			minutes.put("depositReminderAfter", sla.depositReminderAfter().toMinutes());
			minutes.put("depositCancelAfter", sla.depositCancelAfter().toMinutes());
			minutes.put("noShowAfter", sla.noShowAfter().toMinutes());
			sla.overdue().forEach((stage, duration) -> minutes.put("overdue." + stage, duration.toMinutes()));
			minutes.put("atRiskCheckEvery", sla.atRiskCheckEvery().toMinutes());
			minutes.put("atRiskLookahead", sla.atRiskLookahead().toMinutes());
			minutes.put("lateNoticeBefore", sla.lateNoticeBefore().toMinutes());
			model.addAttribute("minutes", minutes);
		}
		model.addAttribute("sla", sla);
		model.addAttribute("store", store);
		return "sla/settings";
	}

	/** The form's fields are minutes; each becomes an ISO-8601 duration for {@link SlaSettings#update}. */
	@PostMapping("/settings/sla")
	String save(@RequestParam Map<String, String> form, RedirectAttributes redirect, Locale locale) {
		var store = stores.current();
		var overdue = new LinkedHashMap<String, String>();
		SlaSettings.STAGES.forEach(stage -> overdue.put(stage, iso(form.get("overdue." + stage))));
		try {
			settings.update(store.id(), new SlaSettings.SlaRequest(iso(form.get("depositReminderAfter")), iso(form.get("depositCancelAfter")),
					iso(form.get("noShowAfter")), overdue, iso(form.get("atRiskCheckEvery")), iso(form.get("atRiskLookahead")),
					iso(form.get("lateNoticeBefore"))), actor.name());
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidRequest invalid) {
			redirect.addFlashAttribute("errors", invalid.fieldProblems().stream().collect(Collectors.toMap(p -> p.field(),
					p -> messages.getMessage(p.code(), p.args().toArray(), locale), (a, b) -> a, LinkedHashMap::new)));
			var entered = new LinkedHashMap<String, String>();
			form.forEach((name, value) -> {
				if (!name.startsWith("_")) {
					entered.put(name, value);
				}
			});
			redirect.addFlashAttribute("minutes", entered);
		}
		return "redirect:/settings/sla";
	}

	/** Whole minutes as an ISO-8601 duration; anything else is passed on as typed, to be refused with the field named. */
	private static String iso(String minutes) {
		if (minutes == null || minutes.isBlank()) {
			return null;
		}
		return minutes.strip().matches("\\d{1,6}") ? "PT" + Integer.parseInt(minutes.strip()) + "M" : minutes;
	}
}
