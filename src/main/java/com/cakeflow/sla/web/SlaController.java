package com.cakeflow.sla.web;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Stores;
import com.cakeflow.sla.SlaSettings;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A store's time limits for the order process's timers: everyone on staff reads them, managers change them. */
@RestController
@RequestMapping("/api/settings/sla")
class SlaController {

	private final SlaSettings settings;
	private final Stores stores;
	private final CurrentActor actor;

	SlaController(SlaSettings settings, Stores stores, CurrentActor actor) {
		this.settings = settings;
		this.stores = stores;
		this.actor = actor;
	}

	@GetMapping
	SlaView get(@RequestParam(required = false) String store) {
		var info = stores.named(store, "store");
		return SlaView.of(info.code(), settings.of(info.id()));
	}

	/**
	 * {@code {"depositReminderAfter":"PT2H","depositCancelAfter":"PT24H","noShowAfter":"PT2H",
	 * "overdue":{"BAKE":"PT90M","DECORATE":"PT60M","PACK":"PT20M","DELIVER":"PT90M"},
	 * "atRiskCheckEvery":"PT10M","atRiskLookahead":"PT6H","lateNoticeBefore":"PT2H"}}: the last three may be left out
	 * (unchanged), the others are required.
	 */
	@PutMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	SlaView put(@RequestParam(required = false) String store, @RequestBody SlaSettings.SlaRequest request) {
		var info = stores.named(store, "store");
		return SlaView.of(info.code(), settings.update(info.id(), request, actor.name()));
	}

	/** The limits as ISO-8601 durations, and who changed them last (null while the configured defaults apply). */
	record SlaView(String store, String depositReminderAfter, String depositCancelAfter, String noShowAfter, Map<String, String> overdue,
			String atRiskCheckEvery, String atRiskLookahead, String lateNoticeBefore, Instant updatedAt, String updatedBy) {

		static SlaView of(String store, SlaSettings.Sla sla) {
			var overdue = new LinkedHashMap<String, String>();
			sla.overdue().forEach((stage, duration) -> overdue.put(stage, duration.toString()));
			return new SlaView(store, sla.depositReminderAfter().toString(), sla.depositCancelAfter().toString(), sla.noShowAfter().toString(), overdue,
					sla.atRiskCheckEvery().toString(), sla.atRiskLookahead().toString(), sla.lateNoticeBefore().toString(), sla.updatedAt(), sla.updatedBy());
		}
	}
}
