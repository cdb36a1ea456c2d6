package com.cakeflow.order;

import com.cakeflow.order.OrderProblems.OrderNotFound;
import com.cakeflow.order.OrderProblems.StageForbids;
import com.cakeflow.order.internal.CakeOrderRepository;
import com.cakeflow.order.process.OrderProcess;
import java.time.Clock;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirms the exact text of an order's inscriptions — the customer through the tracking link, or the clerk reading it
 * back — which decorating waits for (the BPMN's "confirm inscription" step). Under the order's lock, and the step's
 * task is completed if the order already waits there.
 */
@Service
public class InscriptionProofs {

	/** How the text was confirmed. */
	public enum Method {
		CUSTOMER_LINK, READ_BACK
	}

	private final CakeOrderRepository orders;
	private final OrderProcess process;
	private final Clock clock;

	InscriptionProofs(CakeOrderRepository orders, OrderProcess process, Clock clock) {
		this.orders = orders;
		this.process = process;
		this.clock = clock;
	}

	/** True when something was confirmed; false when there was nothing left to confirm (a repeat is harmless). */
	@Transactional
	public boolean confirm(String number, Method method, String by) {
		var order = orders.lockByNumber(number).orElseThrow(() -> new OrderNotFound(number));
		if (order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.COMPLETED) {
			throw new StageForbids("inscription", "order.proof.stage", order.status());
		}
		if (!order.proofInscriptions(clock.instant(), by, method.name())) {
			return false;
		}
		order.log(clock.instant(), TimelineType.INSCRIPTION_CONFIRMED, by, TimelineType.details("method", method.name(), "inscriptions", quoted(order)));
		process.inscriptionConfirmed(number);
		return true;
	}

	@Transactional(readOnly = true)
	public boolean confirmed(String number) {
		return orders.findByNumber(number).orElseThrow(() -> new OrderNotFound(number)).inscriptionsProofed();
	}

	/** The order's inscriptions as the timeline shows them: each in 「」. */
	public static String quoted(com.cakeflow.order.internal.CakeOrder order) {
		return order.items().stream().filter(i -> i.inscription() != null).map(i -> "「" + i.inscription() + "」").collect(Collectors.joining(" "));
	}
}
