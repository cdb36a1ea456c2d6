package com.cakeflow.order.process;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.order.OrderChangeRequest;
import com.cakeflow.order.internal.CakeOrder;
import com.cakeflow.order.internal.OrderChanges;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A change to a running order (due time, inscription, notes, flavor) carried through: the order changes, its stock
 * and kitchen hours are booked again (a shortage or no room refuses the whole change), and the process is told so
 * its open tasks show the new facts.
 */
@Service
@Transactional
public class OrderAmendments {

	private final OrderChanges changes;
	private final OrderStock stock;
	private final OrderWorkflow workflow;
	private final OrderProcess process;
	private final CurrentActor actor;

	OrderAmendments(OrderChanges changes, OrderStock stock, OrderWorkflow workflow, OrderProcess process, CurrentActor actor) {
		this.changes = changes;
		this.stock = stock;
		this.workflow = workflow;
		this.process = process;
		this.actor = actor;
	}

	/** Applies the change to the order (locked by the caller). */
	public void apply(CakeOrder order, OrderChangeRequest request) {
		var applied = changes.apply(order, request, actor.name());
		if (applied.cakes()) {
			stock.cakesChanged(order.id()); // a shortage throws: the whole change is rolled back
		}
		if (applied.due()) {
			stock.dueChanged(order.id());
		}
		if (applied.due() || applied.cakes()) {
			workflow.rebookCapacity(order.id(), applied.due() ? "dueAt" : "flavor"); // no room: 409 and the whole change is rolled back
		}
		if (applied.any()) {
			process.changed(order.number());
		}
	}
}
