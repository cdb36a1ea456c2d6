package com.cakeflow.inventory.web;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Stores;
import com.cakeflow.inventory.ExpiringLot;
import com.cakeflow.inventory.Inventory;
import com.cakeflow.inventory.StockItem;
import com.cakeflow.shared.DomainProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Stock pages: the overview (low stock first, filter by kind, expiring soon) and an item with its lots, movements, a
 * receive/waste/count form and a transfer form.
 */
@Controller
class InventoryPages {

	private final Inventory inventory;
	private final Stores stores;
	private final CurrentActor actor;
	private final MessageSource messages;
	private final java.time.Clock clock;

	static final int EXPIRING_DAYS = 3;

	InventoryPages(Inventory inventory, Stores stores, CurrentActor actor, MessageSource messages, java.time.Clock clock) {
		this.clock = clock;
		this.inventory = inventory;
		this.stores = stores;
		this.actor = actor;
		this.messages = messages;
	}

	/** Low stock first; {@code expiring} narrows to items with lots that run out of date within that many days and lists those lots. */
	@GetMapping("/inventory")
	String overview(@RequestParam(required = false) String kind, @RequestParam(required = false) Integer expiring, Model model) {
		var store = stores.current();
		var today = clock.instant().atZone(store.zone()).toLocalDate();
		var lots = inventory.expiring(store.id(), today, expiring == null ? EXPIRING_DAYS : Math.max(0, expiring));
		var expiringItems = lots.stream().map(ExpiringLot::itemCode).collect(java.util.stream.Collectors.toSet());
		var items = inventory.items(store.id()).stream()
			.filter(item -> kind == null || kind.isBlank() || item.kind().equals(kind))
			.filter(item -> expiring == null || expiringItems.contains(item.code()))
			.sorted(Comparator.comparing((StockItem item) -> !item.low()).thenComparing(StockItem::kind).thenComparing(StockItem::code))
			.toList();
		model.addAttribute("items", items);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", java.util.List.of("INGREDIENT", "SEMI_FINISHED", "FINISHED", "PACKAGING"));
		model.addAttribute("expiring", expiring != null);
		model.addAttribute("expiringLots", lots);
		model.addAttribute("expiringCount", lots.size());
		model.addAttribute("today", today);
		return "inventory/list";
	}

	@GetMapping("/inventory/{code}")
	String item(@PathVariable String code, Model model) {
		model.addAttribute("detail", inventory.item(stores.current().id(), code));
		model.addAttribute("zone", stores.current().zone());
		model.addAttribute("otherStores", stores.all().stream().filter(s -> s.id() != stores.current().id()).toList());
		return "inventory/detail";
	}

	/** Moves available stock to another store; a problem comes back as a message on the form. */
	@PostMapping("/inventory/{code}/transfer")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	String transfer(@PathVariable String code, @RequestParam(required = false) Long quantity, @RequestParam(required = false) String toStore,
			@RequestParam(required = false) String reason, RedirectAttributes redirect, java.util.Locale locale) {
		try {
			if (quantity == null || quantity <= 0) {
				throw new com.cakeflow.shared.InvalidRequest(new com.cakeflow.shared.FieldProblem("quantity", "inventory.transfer.quantity.positive"));
			}
			if (toStore == null || toStore.isBlank()) {
				throw new com.cakeflow.shared.InvalidRequest(new com.cakeflow.shared.FieldProblem("toStore", "inventory.transfer.store.required"));
			}
			var to = stores.named(toStore, "toStore");
			inventory.transfer(stores.current().id(), to.id(), code, quantity,
					reason == null || reason.isBlank() ? "transfer to " + to.code() : reason.strip(), actor.name());
			redirect.addFlashAttribute("saved", true);
		}
		catch (DomainProblem problem) {
			redirect.addFlashAttribute("error", message(problem, locale));
		}
		return "redirect:/inventory/" + code;
	}

	private String message(DomainProblem problem, java.util.Locale locale) {
		var field = problem.fieldProblems().isEmpty() ? null : problem.fieldProblems().get(0);
		return field == null ? messages.getMessage(problem.code(), problem.args().toArray(), locale)
				: messages.getMessage(field.code(), field.args().toArray(), locale);
	}

	/** Receive (positive) or waste / count (negative, with a reason); a problem comes back as a message on the form. */
	@PostMapping("/inventory/{code}/adjust")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'BAKER')")
	String adjust(@PathVariable String code, @RequestParam(required = false) Long quantity, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String lot, @RequestParam(required = false) String expiresOn, RedirectAttributes redirect,
			java.util.Locale locale) {
		try {
			if (quantity == null || quantity == 0) {
				throw new com.cakeflow.shared.InvalidRequest(new com.cakeflow.shared.FieldProblem("quantity", "inventory.adjust.quantity.required"));
			}
			if (quantity < 0 && (reason == null || reason.isBlank())) {
				throw new com.cakeflow.shared.InvalidRequest(new com.cakeflow.shared.FieldProblem("reason", "inventory.adjust.reason.required"));
			}
			var expiry = expiresOn == null || expiresOn.isBlank() ? null : LocalDate.parse(expiresOn);
			inventory.adjust(stores.current().id(), new Inventory.Adjustment(code, quantity, reason, lot, expiry), actor.name());
			redirect.addFlashAttribute("saved", true);
		}
		catch (DomainProblem problem) {
			redirect.addFlashAttribute("error", message(problem, locale));
		}
		catch (DateTimeParseException invalid) {
			redirect.addFlashAttribute("error", messages.getMessage("inventory.adjust.expires.invalid", new Object[] { expiresOn }, locale));
		}
		return "redirect:/inventory/" + code;
	}
}
