package com.cakeflow.order.internal;

import com.cakeflow.catalog.CakeQuote;
import com.cakeflow.catalog.Catalog;
import com.cakeflow.identity.Stores;
import com.cakeflow.order.OrderChangeRequest;
import com.cakeflow.order.OrderProblems.StageForbids;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Applies a change to an order while its stage allows it: the due time until the cake is ready (before baking it must
 * still respect the lead time), the inscription until decorating starts, notes until the order is finished.
 */
@Component
public class OrderChanges {

	private final IntakeValidator validator;
	private final Catalog catalog;
	private final Stores stores;
	private final Clock clock;

	OrderChanges(IntakeValidator validator, Catalog catalog, Stores stores, Clock clock) {
		this.validator = validator;
		this.catalog = catalog;
		this.stores = stores;
		this.clock = clock;
	}

	/** Returns whether anything changed; throws with a message per field when something may not or cannot change. */
	public boolean apply(CakeOrder order, OrderChangeRequest request, String actor) {
		var status = order.status();
		if (status.isTerminal()) {
			throw new StageForbids("status", "order.change.terminal", status);
		}
		var problems = new ArrayList<FieldProblem>();
		var described = new ArrayList<String>();
		if (request.dueAt() != null) {
			if (!status.allowsDueChange()) {
				throw new StageForbids("dueAt", "order.change.due.stage", status);
			}
			var lead = status.isBeforeBaking() ? leadTime(order) : Duration.ZERO;
			var due = validator.due(request.dueAt(), stores.byId(order.storeId()).orElseThrow(), lead, problems);
			if (due != null && problems.isEmpty() && !due.equals(order.dueAt())) {
				described.add("due " + order.dueAt() + " → " + due);
				order.changeDue(due);
			}
		}
		if (request.inscription() != null) {
			if (!status.allowsInscriptionChange()) {
				throw new StageForbids("inscription", "order.change.inscription.stage", status);
			}
			int line = request.itemLine() == null ? 1 : request.itemLine();
			var item = order.items().stream().filter(i -> i.lineNo() == line).findFirst();
			if (item.isEmpty()) {
				problems.add(new FieldProblem("itemLine", "order.change.line.unknown", line));
			}
			else {
				var size = catalog.size(item.get().sizeInches()).orElseThrow();
				var text = validator.inscription(request.inscription(), size, "inscription", problems);
				if (problems.isEmpty() && !Objects.equals(text, item.get().inscription())) {
					described.add("inscription #" + line + " 「" + item.get().inscription() + "」 → 「" + text + "」");
					item.get().changeInscription(text);
				}
			}
		}
		if (request.notes() != null) {
			var notes = request.notes().isBlank() ? null : request.notes().strip();
			if (notes != null && notes.length() > 500) {
				problems.add(new FieldProblem("notes", "order.notes.too-long", 500));
			}
			else if (!Objects.equals(notes, order.notes())) {
				described.add("notes changed");
				order.changeNotes(notes);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		if (!described.isEmpty()) {
			order.log(clock.instant(), "ORDER_CHANGED", actor, String.join("; ", described));
		}
		return !described.isEmpty();
	}

	/** The same lead time intake checked: the slowest cake line, add-ons included. */
	private Duration leadTime(CakeOrder order) {
		var lines = order.items().stream().map(item -> new ValidOrder.Line(new CakeQuote(catalog.size(item.sizeInches()).orElseThrow(),
				catalog.flavor(item.flavorCode()).orElseThrow(),
				item.addOns().stream().flatMap(a -> catalog.addOn(a.addOnCode()).stream()).toList(), item.quantity()), item.inscription()))
			.toList();
		return ValidOrder.leadTime(lines);
	}
}
