package com.cakeflow.order.internal;

import com.cakeflow.catalog.AddOn;
import com.cakeflow.catalog.CakeQuote;
import com.cakeflow.catalog.CakeSize;
import com.cakeflow.catalog.Catalog;
import com.cakeflow.identity.StoreInfo;
import com.cakeflow.identity.Stores;
import com.cakeflow.entry.InscriptionWidth;
import com.cakeflow.order.Channel;
import com.cakeflow.order.FulfillmentType;
import com.cakeflow.order.NewOrderRequest;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import com.cakeflow.shared.PhoneNumber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Checks an order request against the catalog and the shop's rules, collecting a problem per field. */
@Component
class IntakeValidator {

	static final int MAX_ITEMS = 20;
	static final int MAX_QUANTITY = 99;
	static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Catalog catalog;
	private final Stores stores;
	private final Clock clock;

	IntakeValidator(Catalog catalog, Stores stores, Clock clock) {
		this.catalog = catalog;
		this.stores = stores;
		this.clock = clock;
	}

	ValidOrder validate(NewOrderRequest request) {
		var problems = new ArrayList<FieldProblem>();
		var store = request.storeCode() == null ? Optional.of(stores.current()) : stores.byCode(request.storeCode());
		if (store.isEmpty()) {
			throw new InvalidRequest(new FieldProblem("storeCode", "order.store.unknown", request.storeCode()));
		}
		var channel = channel(request.channel(), problems);
		var customer = request.customer();
		PhoneNumber phone = null;
		String name = null;
		String email = null;
		if (customer == null) {
			problems.add(new FieldProblem("customer", "order.customer.required"));
		}
		else {
			phone = PhoneNumber.parse(customer.phone()).orElse(null);
			if (phone == null) {
				problems.add(new FieldProblem("customer.phone", "order.customer.phone.invalid", String.valueOf(customer.phone())));
			}
			name = customer.name() == null ? null : customer.name().strip();
			if (name != null && name.length() > 50) {
				problems.add(new FieldProblem("customer.name", "order.customer.name.too-long", 50));
			}
			email = customer.email() == null || customer.email().isBlank() ? null : customer.email().strip();
			if (email != null && (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
				problems.add(new FieldProblem("customer.email", "order.customer.email.invalid", email));
			}
		}
		var lines = lines(request.items(), problems);
		var fulfillment = request.fulfillment();
		FulfillmentType type = null;
		Instant due = null;
		String address = null;
		if (fulfillment == null) {
			problems.add(new FieldProblem("fulfillment", "order.fulfillment.required"));
		}
		else {
			type = fulfillmentType(fulfillment.type(), problems);
			due = due(fulfillment.dueAt(), store.get(), ValidOrder.leadTime(lines), problems);
			address = fulfillment.address() == null || fulfillment.address().isBlank() ? null : fulfillment.address().strip();
			if (type == FulfillmentType.DELIVERY && address == null) {
				problems.add(new FieldProblem("fulfillment.address", "order.fulfillment.address.required"));
			}
			if (address != null && address.length() > 300) {
				problems.add(new FieldProblem("fulfillment.address", "order.fulfillment.address.too-long", 300));
			}
		}
		var notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
		if (notes != null && notes.length() > 500) {
			problems.add(new FieldProblem("notes", "order.notes.too-long", 500));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		return new ValidOrder(store.get(), channel, phone, name, email, lines, type, due, type == FulfillmentType.DELIVERY ? address : null,
				notes, Boolean.TRUE.equals(request.urgent()), Boolean.TRUE.equals(request.capacityOverride()));
	}

	/** Checks a new due time against the order's lead time (used by changes too). */
	Instant due(String text, StoreInfo store, Duration leadTime, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem("fulfillment.dueAt", "order.fulfillment.due.required"));
			return null;
		}
		var due = parseDue(text.strip(), store.zone());
		if (due == null) {
			problems.add(new FieldProblem("fulfillment.dueAt", "order.fulfillment.due.invalid", text));
			return null;
		}
		var now = clock.instant();
		if (!due.isAfter(now)) {
			problems.add(new FieldProblem("fulfillment.dueAt", "order.fulfillment.due.past"));
		}
		else if (due.isBefore(now.plus(leadTime))) {
			var earliest = now.plus(leadTime).atZone(store.zone()).format(SHOWN);
			problems.add(new FieldProblem("fulfillment.dueAt", "order.fulfillment.due.lead-time", String.valueOf(leadTime.toMinutes()), earliest));
		}
		return due;
	}

	static Instant parseDue(String text, ZoneId zone) {
		try {
			return LocalDateTime.parse(text).atZone(zone).toInstant();
		}
		catch (DateTimeParseException notLocal) {
			try {
				return OffsetDateTime.parse(text).toInstant();
			}
			catch (DateTimeParseException notOffset) {
				return null;
			}
		}
	}

	String inscription(String text, CakeSize size, String field, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var inscription = text.strip();
		if (!InscriptionWidth.fits(inscription, size.maxInscriptionChars())) {
			problems.add(new FieldProblem(field, "order.item.inscription.too-long", size.maxInscriptionChars(), size.inches()));
		}
		return inscription;
	}

	private List<ValidOrder.Line> lines(List<NewOrderRequest.Item> items, List<FieldProblem> problems) {
		var lines = new ArrayList<ValidOrder.Line>();
		if (items == null || items.isEmpty()) {
			problems.add(new FieldProblem("items", "order.items.empty"));
			return lines;
		}
		if (items.size() > MAX_ITEMS) {
			problems.add(new FieldProblem("items", "order.items.too-many", MAX_ITEMS));
			return lines;
		}
		for (int i = 0; i < items.size(); i++) {
			var item = items.get(i);
			var path = "items[" + i + "]";
			if (item == null) {
				problems.add(new FieldProblem(path, "order.item.required"));
				continue;
			}
			var size = item.sizeInches() == null ? Optional.<CakeSize>empty() : catalog.size(item.sizeInches());
			if (size.isEmpty()) {
				var known = catalog.sizes().stream().map(s -> String.valueOf(s.inches())).collect(Collectors.joining("/"));
				problems.add(new FieldProblem(path + ".sizeInches", "order.item.size.unknown", String.valueOf(item.sizeInches()), known));
			}
			var flavor = catalog.flavor(item.flavor());
			if (flavor.isEmpty()) {
				problems.add(new FieldProblem(path + ".flavor", "order.item.flavor.unknown", String.valueOf(item.flavor())));
			}
			int quantity = item.quantity() == null ? 1 : item.quantity();
			if (quantity < 1) {
				problems.add(new FieldProblem(path + ".quantity", "order.item.quantity.min"));
			}
			else if (quantity > MAX_QUANTITY) {
				problems.add(new FieldProblem(path + ".quantity", "order.item.quantity.max", MAX_QUANTITY));
			}
			var addOns = new ArrayList<AddOn>();
			for (var code : item.addOns() == null ? List.<String>of() : item.addOns()) {
				catalog.addOn(code).ifPresentOrElse(addOns::add,
						() -> problems.add(new FieldProblem(path + ".addOns", "order.item.addon.unknown", String.valueOf(code))));
			}
			var inscription = size.map(s -> inscription(item.inscription(), s, path + ".inscription", problems)).orElse(null);
			if (size.isPresent() && flavor.isPresent() && quantity >= 1) {
				lines.add(new ValidOrder.Line(new CakeQuote(size.get(), flavor.get(), List.copyOf(addOns), quantity), inscription));
			}
		}
		return lines;
	}

	private static Channel channel(String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return Channel.WALK_IN;
		}
		try {
			return Channel.valueOf(text.strip().toUpperCase());
		}
		catch (IllegalArgumentException unknown) {
			problems.add(new FieldProblem("channel", "order.channel.invalid", text));
			return null;
		}
	}

	private static FulfillmentType fulfillmentType(String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return FulfillmentType.PICKUP;
		}
		try {
			return FulfillmentType.valueOf(text.strip().toUpperCase());
		}
		catch (IllegalArgumentException unknown) {
			problems.add(new FieldProblem("fulfillment.type", "order.fulfillment.type.invalid", text));
			return null;
		}
	}
}
