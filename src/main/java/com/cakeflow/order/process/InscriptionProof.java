package com.cakeflow.order.process;

import com.cakeflow.order.internal.CakeOrderRepository;
import com.cakeflow.order.internal.OrderProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the BPMN asks about inscription proofing ({@code ${inscriptionProof...}}): whether decorating may start. The
 * order row is read under its lock, as a confirmation is written under it, so one arriving just as the process gets here
 * is either seen now or finds the "confirm inscription" task to complete.
 */
@Component("inscriptionProof")
public class InscriptionProof {

	private final CakeOrderRepository orders;
	private final OrderProperties properties;

	InscriptionProof(CakeOrderRepository orders, OrderProperties properties) {
		this.orders = orders;
		this.properties = properties;
	}

	public boolean confirmed(DelegateExecution execution) {
		return orders.lockById(CakeOrderProcess.orderId(execution)).orElseThrow().inscriptionsProofed();
	}

	/** How long the confirm task may wait before the shop is alerted (ISO duration, {@code cakeflow.order.proof-alert-after}). */
	public String alertAfter() {
		return properties.proofAlertAfter().toString();
	}
}
