package com.cakeflow.order.internal;

import com.cakeflow.catalog.CakeQuote;
import com.cakeflow.catalog.Catalog;
import com.cakeflow.identity.Stores;
import com.cakeflow.order.OrderChangeRequest;
import com.cakeflow.order.OrderProblems.StageForbids;
import com.cakeflow.order.TimelineType;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Applies a change to an order while its stage allows it: the flavor until baking is done (repriced, and the due time
 * must still leave the new flavor's lead time), the due time until the cake is ready (before baking it must still
 * respect the lead time), the inscription until decorating starts, notes until the order is finished.
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

	/** What a change touched: anything at all, the cakes (stock needs), the due time. */
	public record Applied(boolean any, boolean cakes, boolean due) {
	}

	/** Says what changed; throws with a message per field when something may not or cannot change. */
	public Applied apply(CakeOrder order, OrderChangeRequest request, String actor) {
		var status = order.status();
		if (status.isTerminal()) {
			throw new StageForbids("status", "order.change.terminal", status);
		}
		var problems = new ArrayList<FieldProblem>();
		var described = new ArrayList<java.util.Map<String, Object>>();
		boolean cakes = false;
		boolean due = false;
		if (request.flavor() != null && !request.flavor().isBlank() && !status.allowsCakeChange()) {
			throw new StageForbids("flavor", "order.change.flavor.stage", status);
		}
		if (request.dueAt() != null) {
			if (!status.allowsDueChange()) {
				throw new StageForbids("dueAt", "order.change.due.stage", status);
			}
			var lead = status.isBeforeBaking() ? leadTime(order) : Duration.ZERO;
			var newDue = validator.due(request.dueAt(), stores.byId(order.storeId()).orElseThrow(), lead, problems);
			if (newDue != null && problems.isEmpty() && !newDue.equals(order.dueAt())) {
				described.add(TimelineType.details("what", "due", "from", order.dueAt().toString(), "to", newDue.toString()));
				order.changeDue(newDue);
				due = true;
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
					described.add(TimelineType.details("what", "inscription", "line", line, "from", item.get().inscription(), "to", text));
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
				described.add(TimelineType.details("what", "notes"));
				order.changeNotes(notes);
			}
		}
		if (request.flavor() != null && !request.flavor().isBlank() && problems.isEmpty()) { // last: checked against the new due time
			int line = request.itemLine() == null ? 1 : request.itemLine();
			var problem = flavorProblem(order, java.util.Set.of(line), request.flavor());
			if (problem.isPresent()) {
				problems.add(problem.get());
			}
			else {
				cakes = changeFlavor(order, java.util.Set.of(line), request.flavor(), described);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		if (!described.isEmpty()) {
			order.log(clock.instant(), TimelineType.ORDER_CHANGED, actor, TimelineType.details("changes", described));
		}
		return new Applied(!described.isEmpty(), cakes, due);
	}

	/**
	 * Why these cake lines could not change to that flavor — no such line, no such flavor, or the flavor's lead time no
	 * longer fits the due time — checked without changing anything.
	 */
	public java.util.Optional<FieldProblem> flavorProblem(CakeOrder order, java.util.Set<Integer> lines, String flavorCode) {
		var flavor = catalog.flavor(flavorCode == null ? "" : flavorCode.strip().toUpperCase());
		if (flavor.isEmpty()) {
			return java.util.Optional.of(new FieldProblem("flavor", "order.item.flavor.unknown", String.valueOf(flavorCode)));
		}
		for (int line : lines) {
			if (order.items().stream().noneMatch(i -> i.lineNo() == line)) {
				return java.util.Optional.of(new FieldProblem("itemLine", "order.change.line.unknown", line));
			}
		}
		var lead = ValidOrder.leadTime(order.items().stream()
			.map(item -> line(item, lines.contains(item.lineNo()) ? flavor.get() : catalog.flavor(item.flavorCode()).orElseThrow())).toList());
		if (order.dueAt().isBefore(clock.instant().plus(lead))) {
			return java.util.Optional.of(new FieldProblem("flavor", "order.change.flavor.lead", String.valueOf(lead.toMinutes())));
		}
		return java.util.Optional.empty();
	}

	/**
	 * Changes these cake lines to another flavor (check {@link #flavorProblem} first) and reprices the order; says on the
	 * timeline what changed. Returns whether any line changed.
	 */
	public boolean changeFlavor(CakeOrder order, java.util.Set<Integer> lines, String flavorCode, String actor) {
		var described = new ArrayList<java.util.Map<String, Object>>();
		boolean changed = changeFlavor(order, lines, flavorCode, described);
		if (changed) {
			order.log(clock.instant(), TimelineType.ORDER_CHANGED, actor, TimelineType.details("changes", described));
		}
		return changed;
	}

	private boolean changeFlavor(CakeOrder order, java.util.Set<Integer> lines, String flavorCode, java.util.List<java.util.Map<String, Object>> described) {
		var flavor = catalog.flavor(flavorCode.strip().toUpperCase()).orElseThrow();
		long before = order.totalFen();
		boolean changed = false;
		for (var item : order.items()) {
			if (lines.contains(item.lineNo()) && !item.flavorCode().equals(flavor.code())) {
				described.add(TimelineType.details("what", "flavor", "line", item.lineNo(), "from", item.flavorCode(), "to", flavor.code()));
				item.changeFlavor(flavor.code(), flavor.surchargeFen());
				changed = true;
			}
		}
		order.reprice();
		if (order.totalFen() != before) {
			described.add(TimelineType.details("what", "total", "from", before, "to", order.totalFen()));
		}
		return changed;
	}

	/** The same lead time intake checked: the slowest cake line, add-ons included. */
	private Duration leadTime(CakeOrder order) {
		return ValidOrder.leadTime(order.items().stream().map(item -> line(item, catalog.flavor(item.flavorCode()).orElseThrow())).toList());
	}

	private ValidOrder.Line line(OrderItem item, com.cakeflow.catalog.Flavor flavor) {
		return new ValidOrder.Line(new CakeQuote(catalog.size(item.sizeInches()).orElseThrow(), flavor,
				item.addOns().stream().flatMap(a -> catalog.addOn(a.addOnCode()).stream()).toList(), item.quantity()), item.inscription());
	}
}
