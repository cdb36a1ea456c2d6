package com.cakeflow.kitchen.web;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Stores;
import com.cakeflow.kitchen.Capacity;
import com.cakeflow.kitchen.Station;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The capacity calendar: a day per station and hour (capacity, booked, free) and the managers' adjustments. */
@Controller
class KitchenPages {

	private final Capacity capacity;
	private final Stores stores;
	private final CurrentActor actor;
	private final MessageSource messages;
	private final Clock clock;

	KitchenPages(Capacity capacity, Stores stores, CurrentActor actor, MessageSource messages, Clock clock) {
		this.capacity = capacity;
		this.stores = stores;
		this.actor = actor;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/kitchen/capacity")
	String day(@RequestParam(required = false) String date, Model model) {
		var store = stores.current();
		LocalDate day;
		try {
			day = date == null || date.isBlank() ? clock.instant().atZone(store.zone()).toLocalDate() : LocalDate.parse(date);
		}
		catch (DateTimeParseException invalid) {
			day = clock.instant().atZone(store.zone()).toLocalDate();
		}
		model.addAttribute("view", capacity.day(store.id(), day));
		model.addAttribute("day", day);
		model.addAttribute("zone", store.zone());
		model.addAttribute("stations", Station.values());
		return "kitchen/capacity";
	}

	/** A manager adds or takes away people at a station for some hours of a day. */
	@PostMapping("/kitchen/capacity/adjustments")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	String adjust(@RequestParam String date, @RequestParam(required = false) String station, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) Integer extraStaff,
			@RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
		var store = stores.current();
		try {
			var start = LocalDateTime.parse(date + "T" + from).atZone(store.zone()).toInstant();
			var end = LocalDateTime.parse(date + "T" + to).atZone(store.zone()).toInstant();
			String problem = null;
			if (!end.isAfter(start)) {
				problem = "kitchen.adjustment.period";
			}
			else if (extraStaff == null || extraStaff == 0 || Math.abs(extraStaff) > 50) {
				problem = "kitchen.adjustment.staff";
			}
			else if (reason == null || reason.isBlank() || reason.length() > 200) {
				problem = "kitchen.adjustment.reason";
			}
			if (problem != null) {
				redirect.addFlashAttribute("error", messages.getMessage(problem, null, locale));
			}
			else {
				capacity.adjust(store.id(), Station.valueOf(String.valueOf(station)), start, end, extraStaff, reason.strip(), actor.name());
				redirect.addFlashAttribute("saved", true);
			}
		}
		catch (DateTimeParseException | IllegalArgumentException invalid) { // a bad time or an unknown station
			redirect.addFlashAttribute("error", messages.getMessage("kitchen.adjustment.time", new Object[] { from + "–" + to }, locale));
		}
		return "redirect:/kitchen/capacity?date=" + date;
	}
}
