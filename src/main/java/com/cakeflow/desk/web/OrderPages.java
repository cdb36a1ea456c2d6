package com.cakeflow.desk.web;

import com.cakeflow.order.OrderQueries;
import com.cakeflow.order.OrderStatus;
import com.cakeflow.order.OrderView;
import com.cakeflow.order.process.OrderTasks;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The order list and order detail pages of the web shell. */
@Controller
class OrderPages {

	private final OrderQueries queries;
	private final OrderTasks process;
	private final com.cakeflow.catalog.Catalog catalog;
	private final com.cakeflow.identity.Stores stores;
	private final com.cakeflow.order.OrderPhotos photos;
	private final com.cakeflow.entry.InscriptionChecks checks;
	private final com.cakeflow.customer.Customers customers;
	private final com.cakeflow.order.process.CancellationPolicy cancellation;

	OrderPages(OrderQueries queries, OrderTasks process, com.cakeflow.catalog.Catalog catalog, com.cakeflow.identity.Stores stores,
			com.cakeflow.order.OrderPhotos photos, com.cakeflow.entry.InscriptionChecks checks, com.cakeflow.customer.Customers customers,
			com.cakeflow.order.process.CancellationPolicy cancellation) {
		this.cancellation = cancellation;
		this.photos = photos;
		this.checks = checks;
		this.customers = customers;
		this.queries = queries;
		this.process = process;
		this.catalog = catalog;
		this.stores = stores;
	}

	/**
	 * The order list: a search, a status, and (from the board's "more" link under a column) a store and the days the
	 * orders are due on, read in that store's zone; a date that is no date lists every day instead of failing.
	 */
	@GetMapping("/orders")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) String store, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page, Model model) {
		// an unknown status (an old bookmark, a typo) lists every status instead of failing
		var parsed = java.util.Arrays.stream(OrderStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
		var chosen = store == null || store.isBlank() ? null : stores.named(store, "store");
		var zone = chosen == null ? queries.zone() : chosen.zone();
		var first = day(from);
		var last = day(to);
		if (first != null && last != null && last.isBefore(first)) {
			last = first;
		}
		model.addAttribute("orders", queries.search(chosen == null ? null : chosen.code(), parsed,
				first == null ? null : first.atStartOfDay(zone).toInstant(), last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant(),
				q, page, 25));
		model.addAttribute("statuses", OrderStatus.values());
		model.addAttribute("q", q);
		model.addAttribute("status", status);
		model.addAttribute("store", chosen == null ? null : chosen.code());
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		return "order/list";
	}

	private static java.time.LocalDate day(String text) {
		try {
			return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException notADate) {
			return null;
		}
	}

	@GetMapping("/orders/{number}")
	String detail(@PathVariable String number, Locale locale, Model model) {
		var order = queries.find(number, locale);
		model.addAttribute("order", order);
		model.addAttribute("zone", queries.zone());
		model.addAttribute("steps", steps(order));
		model.addAttribute("photos", photos.of(number));
		model.addAttribute("checks", inscriptionChecks(order, locale));
		boolean open = order.status() != OrderStatus.CANCELLED && order.status() != OrderStatus.COMPLETED;
		model.addAttribute("open", open);
		if (open) {
			long fee = cancellation.feeFen(order.status(), order.totalFen());
			model.addAttribute("cancelFee", fee);
			model.addAttribute("cancelRefund", Math.max(0, order.paidFen() - fee));
		}
		model.addAttribute("cockpitUrl", process.instanceId(number)
			.map(id -> "/camunda/app/cockpit/default/#/process-instance/" + id + "/runtime").orElse(null));
		return "order/detail";
	}

	/**
	 * The ticket that goes on the cake box (printed on an 80 mm label printer or A4): who it is for, when, the cakes
	 * with their inscriptions, and the allergens of each flavor. Never the pickup code: the box is seen by everyone.
	 */
	@GetMapping("/orders/{number}/label")
	String label(@PathVariable String number, Locale locale, Model model) {
		var order = queries.find(number, locale);
		model.addAttribute("order", order);
		model.addAttribute("store", stores.byCode(order.storeCode()).orElseGet(stores::defaultStore));
		model.addAttribute("allergens", order.items().stream().collect(java.util.stream.Collectors.toMap(OrderView.ItemPart::line,
				item -> catalog.flavor(item.flavor()).map(com.cakeflow.catalog.Flavor::allergenList).orElse(List.of()))));
		return "order/label";
	}

	/** Each inscribed line's proofreading, against the customer's and their family's names on record. */
	private java.util.Map<Integer, com.cakeflow.entry.InscriptionChecks.Result> inscriptionChecks(OrderView order, Locale locale) {
		var names = new java.util.ArrayList<String>(List.of(order.customer().name()));
		customers.profile(order.customer().phone()).ifPresent(p -> p.family().forEach(m -> names.add(m.name())));
		var results = new java.util.LinkedHashMap<Integer, com.cakeflow.entry.InscriptionChecks.Result>();
		for (var item : order.items()) {
			if (item.inscription() != null) {
				var max = catalog.size(item.sizeInches()).map(com.cakeflow.catalog.CakeSize::maxInscriptionChars).orElse(null);
				results.put(item.line(), checks.check(item.inscription(), max, item.sizeInches(), names, locale));
			}
		}
		return results;
	}

	/** The stages this order goes through, marked done / current / todo. */
	static List<Step> steps(OrderView order) {
		var path = OrderStatus.path(order.fulfillment().type());
		if (order.status() == OrderStatus.CANCELLED) {
			return List.of(new Step(OrderStatus.CANCELLED, "current"));
		}
		var at = path.indexOf(order.status());
		return path.stream().map(s -> new Step(s, path.indexOf(s) < at ? "done" : path.indexOf(s) == at ? "current" : "todo")).toList();
	}

	record Step(OrderStatus status, String state) {
	}
}
