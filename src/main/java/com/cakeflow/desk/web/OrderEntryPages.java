package com.cakeflow.desk.web;

import com.cakeflow.catalog.Catalog;
import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Stores;
import com.cakeflow.order.Channel;
import com.cakeflow.order.InscriptionProofs;
import com.cakeflow.order.OrderManagement;
import com.cakeflow.entry.OrderDraft;
import com.cakeflow.entry.OrderTextParser;
import com.cakeflow.shared.DomainProblem;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clerk's quick order entry ({@code /orders/new}): a free-text box read into the order form, keyboard first, and
 * the order placed from it; the form's customer lookup and live price come from {@link OrderQuotePages}.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CLERK')")
class OrderEntryPages {

	/** Where intake's field problems show on the form. */
	private static final Map<String, String> FORM_FIELDS = Map.ofEntries(Map.entry("customer.name", "name"), Map.entry("customer.phone", "phone"),
			Map.entry("customer.email", "email"), Map.entry("items[0].sizeInches", "sizeInches"), Map.entry("items[0].flavor", "flavor"),
			Map.entry("items[0].quantity", "quantity"), Map.entry("items[0].inscription", "inscription"), Map.entry("fulfillment.type", "fulfillment"),
			Map.entry("fulfillment.dueAt", "dueAt"), Map.entry("fulfillment.address", "address"), Map.entry("channel", "channel"));

	private final OrderTextParser parser;
	private final OrderManagement management;
	private final Catalog catalog;
	private final Stores stores;
	private final MessageSource messages;
	private final Clock clock;
	private final InscriptionProofs proofs;
	private final CurrentActor actor;

	OrderEntryPages(OrderTextParser parser, OrderManagement management, Catalog catalog, Stores stores, MessageSource messages, Clock clock,
			InscriptionProofs proofs, CurrentActor actor) {
		this.parser = parser;
		this.management = management;
		this.catalog = catalog;
		this.stores = stores;
		this.messages = messages;
		this.clock = clock;
		this.proofs = proofs;
		this.actor = actor;
	}

	/** The draft's fields, by the form element that shows each: highlighted when the reader guessed or corrected them. */
	private static final Map<String, String> GUESSABLE = Map.of("customerName", "name", "phone", "phone", "sizeInches", "sizeInches",
			"flavor", "flavor", "quantity", "quantity", "inscription", "inscription", "fulfillment", "fulfillment", "dueDate", "dueDate",
			"dueTime", "dueTime", "address", "address");

	@GetMapping("/orders/new")
	String page(Model model) {
		return form(OrderForm.blank(), Map.of(), model);
	}

	/** The free text read into the form (htmx swaps the form); corrections and warnings shown above it. */
	@PostMapping("/orders/new/read")
	String read(@RequestParam(defaultValue = "") String text, OrderForm form, Locale locale, Model model) {
		if (!text.isBlank()) {
			var zone = stores.current().zone();
			var draft = parser.parse(text.length() > OrderTextParser.MAX_TEXT ? text.substring(0, OrderTextParser.MAX_TEXT) : text,
					LocalDateTime.now(clock.withZone(zone)), locale);
			form = form.with(draft);
			model.addAttribute("draft", draft);
			model.addAttribute("guessed", GUESSABLE.entrySet().stream().filter(e -> draft.uncertain(e.getKey())).map(Map.Entry::getValue)
				.collect(java.util.stream.Collectors.toSet()));
			model.addAttribute("corrections", draft.corrections().stream().map(c -> new OrderDraft.Correction(c.field(), c.from(),
					"flavor".equals(c.field()) ? catalog.flavor(c.to()).map(f -> f.name(locale)).orElse(c.to()) : c.to())).toList());
		}
		form(form, Map.of(), model);
		return "order/new :: entry-form";
	}

	@PostMapping("/orders/new")
	String place(OrderForm form, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			var placed = management.place(form.toRequest(), form.idempotencyKey());
			if (Boolean.TRUE.equals(form.inscriptionReadBack()) && form.inscription() != null && !form.inscription().isBlank()) {
				proofs.confirm(placed.orderNumber(), InscriptionProofs.Method.READ_BACK, actor.name());
			}
			redirect.addFlashAttribute("placed", placed);
			return "redirect:/orders/" + placed.orderNumber();
		}
		catch (DomainProblem problem) {
			var errors = new LinkedHashMap<String, String>();
			problem.fieldProblems().forEach(f -> errors.merge(FORM_FIELDS.getOrDefault(f.field().replaceAll("\\.addOns.*", ""), "form"),
					messages.getMessage(f.code(), f.args().toArray(), f.code(), locale), (a, b) -> a + "; " + b));
			if (errors.isEmpty()) {
				errors.put("form", messages.getMessage(problem.code(), problem.args().toArray(), problem.code(), locale));
			}
			return form(form, errors, model);
		}
	}

	private String form(OrderForm form, Map<String, String> errors, Model model) {
		if (!model.containsAttribute("guessed")) {
			model.addAttribute("guessed", java.util.Set.of());
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("sizes", catalog.sizes());
		model.addAttribute("flavors", catalog.flavors());
		model.addAttribute("addOns", catalog.addOns());
		model.addAttribute("channels", List.of(Channel.WALK_IN, Channel.PHONE, Channel.WECHAT));
		return "order/new";
	}
}
