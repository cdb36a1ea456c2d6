package com.cakeflow.desk.web;

import com.cakeflow.catalog.CakeQuote;
import com.cakeflow.catalog.Catalog;
import com.cakeflow.customer.Customers;
import com.cakeflow.identity.Stores;
import com.cakeflow.kitchen.CakeWork;
import com.cakeflow.kitchen.Capacity;
import com.cakeflow.order.Channel;
import com.cakeflow.order.InscriptionProofs;
import com.cakeflow.order.OrderManagement;
import com.cakeflow.order.OrderQueries;
import com.cakeflow.entry.OrderDraft;
import com.cakeflow.entry.OrderTextParser;
import com.cakeflow.order.process.DepositPolicy;
import com.cakeflow.shared.DomainProblem;
import com.cakeflow.shared.PhoneNumber;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clerk's quick order entry ({@code /orders/new}): a free-text box read into the order form, the customer looked
 * up by phone, a live price and the kitchen's capacity for the due time, keyboard first.
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
	private final OrderQueries queries;
	private final Catalog catalog;
	private final Customers customers;
	private final Capacity capacity;
	private final DepositPolicy deposits;
	private final Stores stores;
	private final MessageSource messages;
	private final Clock clock;
	private final InscriptionProofs proofs;
	private final com.cakeflow.identity.CurrentActor actor;

	OrderEntryPages(OrderTextParser parser, OrderManagement management, OrderQueries queries, Catalog catalog, Customers customers,
			Capacity capacity, DepositPolicy deposits, Stores stores, MessageSource messages, Clock clock, InscriptionProofs proofs,
			com.cakeflow.identity.CurrentActor actor) {
		this.proofs = proofs;
		this.actor = actor;
		this.parser = parser;
		this.management = management;
		this.queries = queries;
		this.catalog = catalog;
		this.customers = customers;
		this.capacity = capacity;
		this.deposits = deposits;
		this.stores = stores;
		this.messages = messages;
		this.clock = clock;
	}

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
			model.addAttribute("corrections", draft.corrections().stream().map(c -> new OrderDraft.Correction(c.field(), c.from(),
					"flavor".equals(c.field()) ? catalog.flavor(c.to()).map(f -> f.name(locale)).orElse(c.to()) : c.to())).toList());
		}
		form(form, Map.of(), model);
		return "order/new :: entry-form";
	}

	/** What the shop knows of the customer with this phone: profile, orders so far, what they usually take. */
	@GetMapping("/orders/new/customer")
	String customer(@RequestParam(defaultValue = "") String phone, Model model) {
		var parsed = PhoneNumber.parse(phone);
		model.addAttribute("profile", parsed.flatMap(p -> customers.profile(p.digits())).orElse(null));
		var history = parsed.map(p -> queries.search(null, null, null, p.digits(), 0, 20).getContent()).orElse(List.of());
		model.addAttribute("recent", history.stream().limit(5).toList());
		// what they usually take: the cakes of at least two of their last twenty orders
		history.stream().collect(java.util.stream.Collectors.groupingBy(com.cakeflow.order.OrderSummary::cakes, java.util.stream.Collectors.counting()))
			.entrySet().stream().filter(e -> e.getValue() >= 2).max(Map.Entry.comparingByValue())
			.ifPresent(usual -> model.addAttribute("usual", usual));
		model.addAttribute("phoneValid", parsed.isPresent());
		return "order/new :: customer";
	}

	/** The live price, deposit, earliest ready time and whether the kitchen can make it by the due time. */
	@PostMapping("/orders/new/quote")
	String quote(OrderForm form, Model model) {
		var size = Optional.ofNullable(OrderForm.number(form.sizeInches())).flatMap(catalog::size);
		var flavor = catalog.flavor(form.flavor());
		int quantity = Optional.ofNullable(OrderForm.number(form.quantity())).filter(q -> q > 0 && q <= 99).orElse(1); // intake refuses more than 99
		if (size.isPresent() && flavor.isPresent()) {
			var addOns = (form.addOns() == null ? List.<String>of() : form.addOns()).stream().map(catalog::addOn).flatMap(Optional::stream).toList();
			var cakeQuote = new CakeQuote(size.get(), flavor.get(), addOns, quantity);
			var store = stores.current();
			var now = clock.instant();
			var earliest = now.plus(cakeQuote.leadTime());
			model.addAttribute("quote", cakeQuote);
			model.addAttribute("deposit", deposits.depositFen(channel(form.channel()), cakeQuote.lineTotalFen(), Boolean.TRUE.equals(form.urgent())));
			model.addAttribute("earliest", earliest.atZone(store.zone()).toLocalDateTime());
			var due = due(form.dueAt(), store.zone());
			var work = List.of(new CakeWork(size.get().inches(), addOns.stream().map(a -> a.code()).toList(), form.inscription(), quantity));
			model.addAttribute("due", due.orElse(null));
			model.addAttribute("fit", capacity.fit(store.id(), due.orElse(null), earliest, work));
		}
		return "order/new :: quote";
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
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("sizes", catalog.sizes());
		model.addAttribute("flavors", catalog.flavors());
		model.addAttribute("addOns", catalog.addOns());
		model.addAttribute("channels", List.of(Channel.WALK_IN, Channel.PHONE, Channel.WECHAT));
		return "order/new";
	}

	private static Channel channel(String text) {
		try {
			return text == null ? Channel.WALK_IN : Channel.valueOf(text);
		}
		catch (IllegalArgumentException unknown) {
			return Channel.WALK_IN;
		}
	}

	private static Optional<java.time.Instant> due(String local, java.time.ZoneId zone) {
		try {
			return local == null ? Optional.empty() : Optional.of(LocalDateTime.parse(local).atZone(zone).toInstant());
		}
		catch (DateTimeParseException invalid) {
			return Optional.empty();
		}
	}
}
