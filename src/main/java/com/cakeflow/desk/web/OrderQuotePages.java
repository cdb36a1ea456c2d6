package com.cakeflow.desk.web;

import com.cakeflow.catalog.CakeQuote;
import com.cakeflow.catalog.Catalog;
import com.cakeflow.customer.Customers;
import com.cakeflow.identity.Stores;
import com.cakeflow.kitchen.CakeWork;
import com.cakeflow.kitchen.Capacity;
import com.cakeflow.order.Channel;
import com.cakeflow.order.OrderQueries;
import com.cakeflow.order.process.DepositPolicy;
import com.cakeflow.shared.PhoneNumber;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What the order entry form asks while the clerk types (htmx fragments of {@code order/new}): who the customer with
 * this phone is and what they usually take, and the live price, deposit, earliest ready time and kitchen fit.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CLERK')")
class OrderQuotePages {

	private final Customers customers;
	private final OrderQueries queries;
	private final Catalog catalog;
	private final DepositPolicy deposits;
	private final Capacity capacity;
	private final Stores stores;
	private final Clock clock;

	OrderQuotePages(Customers customers, OrderQueries queries, Catalog catalog, DepositPolicy deposits, Capacity capacity, Stores stores,
			Clock clock) {
		this.customers = customers;
		this.queries = queries;
		this.catalog = catalog;
		this.deposits = deposits;
		this.capacity = capacity;
		this.stores = stores;
		this.clock = clock;
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
