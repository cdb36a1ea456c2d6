package com.cakeflow.inventory.web;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Stores;
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

/** Stock pages: the overview (low stock first, filter by kind) and an item with its lots, movements and a receive/waste form. */
@Controller
class InventoryPages {

	private final Inventory inventory;
	private final Stores stores;
	private final CurrentActor actor;
	private final MessageSource messages;

	InventoryPages(Inventory inventory, Stores stores, CurrentActor actor, MessageSource messages) {
		this.inventory = inventory;
		this.stores = stores;
		this.actor = actor;
		this.messages = messages;
	}

	@GetMapping("/inventory")
	String overview(@RequestParam(required = false) String kind, Model model) {
		var items = inventory.items(stores.defaultStore().id()).stream()
			.filter(item -> kind == null || kind.isBlank() || item.kind().equals(kind))
			.sorted(Comparator.comparing((StockItem item) -> !item.low()).thenComparing(StockItem::kind).thenComparing(StockItem::code))
			.toList();
		model.addAttribute("items", items);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", java.util.List.of("INGREDIENT", "SEMI_FINISHED", "FINISHED", "PACKAGING"));
		return "inventory/list";
	}

	@GetMapping("/inventory/{code}")
	String item(@PathVariable String code, Model model) {
		model.addAttribute("detail", inventory.item(stores.defaultStore().id(), code));
		model.addAttribute("zone", stores.defaultStore().zone());
		return "inventory/detail";
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
			inventory.adjust(stores.defaultStore().id(), new Inventory.Adjustment(code, quantity, reason, lot, expiry), actor.name());
			redirect.addFlashAttribute("saved", true);
		}
		catch (DomainProblem problem) {
			var field = problem.fieldProblems().isEmpty() ? null : problem.fieldProblems().get(0);
			redirect.addFlashAttribute("error", field == null ? messages.getMessage(problem.code(), problem.args().toArray(), locale)
					: messages.getMessage(field.code(), field.args().toArray(), locale));
		}
		catch (DateTimeParseException invalid) {
			redirect.addFlashAttribute("error", messages.getMessage("inventory.adjust.expires.invalid", new Object[] { expiresOn }, locale));
		}
		return "redirect:/inventory/" + code;
	}
}
