package com.cakeflow.order.process;

import static com.cakeflow.order.process.CakeOrderProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.alerting.AlertType;
import com.cakeflow.alerting.Alerts;
import com.cakeflow.order.InscriptionProofs;
import com.cakeflow.order.InscriptionProofs.Method;
import com.cakeflow.order.NewOrderRequest;
import com.cakeflow.order.OrderChangeRequest;
import com.cakeflow.order.OrderManagement;
import com.cakeflow.order.PlacedOrder;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The inscription-proof step before decorating: skipped when confirmed or nothing is written, waited for otherwise. */
@CakeFlowIntegrationTest
class InscriptionProofProcessTest {

	@Autowired
	ProcessEngine engine;
	@Autowired
	OrderManagement orders;
	@Autowired
	InscriptionProofs proofs;
	@Autowired
	Alerts alerts;
	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
	}

	@Test
	void aTextConfirmedBeforeBakingEndsGoesStraightToDecorating() {
		var placed = orders.place(TestOrders.pickup("MEITUAN", 8, 6), null);
		assertThat(proofs.confirm(placed.orderNumber(), Method.CUSTOMER_LINK, "customer")).isTrue();
		assertThat(proofs.confirm(placed.orderNumber(), Method.READ_BACK, "clerk")).as("nothing left to confirm").isFalse();
		complete(task(instance(placed)));
		assertThat(instance(placed)).hasPassed(GATEWAY_INSCRIPTION_PROOFED).hasNotPassed(TASK_CONFIRM_INSCRIPTION).isWaitingAt(TASK_DECORATE);
		assertThat(jdbc.sql("select inscription_proof_method from cake_order_item i join cake_order o on o.id = i.order_id where o.number = ?")
			.param(placed.orderNumber()).query(String.class).single()).isEqualTo("CUSTOMER_LINK");
	}

	@Test
	void aCakeWithoutWritingNeedsNoConfirmation() {
		var plain = TestOrders.pickup("MEITUAN", 8, 6);
		var request = new NewOrderRequest(plain.channel(), plain.customer(), List.of(new NewOrderRequest.Item(8, "CHOCOLATE", null, 1, List.of())),
				plain.fulfillment(), null, false, null);
		var placed = orders.place(request, null);
		complete(task(instance(placed)));
		assertThat(instance(placed)).hasNotPassed(TASK_CONFIRM_INSCRIPTION).isWaitingAt(TASK_DECORATE);
	}

	@Test
	void anUnconfirmedTextWaitsRaisesAnAlertAndGoesOnOnceTheCustomerConfirms() {
		var placed = orders.place(TestOrders.pickup("MEITUAN", 8, 6), null);
		complete(task(instance(placed)));
		assertThat(instance(placed)).isWaitingAt(TASK_CONFIRM_INSCRIPTION);
		assertThat(task(instance(placed))).hasCandidateGroup("clerk");
		execute(job(TIMER_PROOF_OVERDUE, instance(placed)));
		assertThat(instance(placed)).hasPassed("Task_RaiseProofOverdueAlert").isWaitingAt(TASK_CONFIRM_INSCRIPTION);
		assertThat(alerts.search(com.cakeflow.alerting.AlertStatus.OPEN, AlertType.INSCRIPTION_UNCONFIRMED, placed.orderNumber(), null, 5)).hasSize(1);

		proofs.confirm(placed.orderNumber(), Method.CUSTOMER_LINK, "customer");
		assertThat(instance(placed)).hasPassed(TASK_CONFIRM_INSCRIPTION).isWaitingAt(TASK_DECORATE);
	}

	@Test
	void completingTheTaskInTasklistRecordsTheClerksReadBack() {
		var placed = orders.place(TestOrders.pickup("MEITUAN", 8, 6), null);
		complete(task(instance(placed)));
		complete(task(instance(placed)));
		assertThat(instance(placed)).isWaitingAt(TASK_DECORATE);
		assertThat(proofs.confirmed(placed.orderNumber())).isTrue();
		assertThat(jdbc.sql("select inscription_proof_method from cake_order_item i join cake_order o on o.id = i.order_id where o.number = ?")
			.param(placed.orderNumber()).query(String.class).single()).isEqualTo("READ_BACK");
	}

	@Test
	void aChangedTextMustBeConfirmedAgain() {
		var placed = orders.place(TestOrders.pickup("MEITUAN", 8, 6), null);
		proofs.confirm(placed.orderNumber(), Method.READ_BACK, "clerk");
		orders.change(placed.orderNumber(), new OrderChangeRequest(null, "爸爸生日快乐", null, null, null));
		assertThat(proofs.confirmed(placed.orderNumber())).isFalse();
		complete(task(instance(placed)));
		assertThat(instance(placed)).isWaitingAt(TASK_CONFIRM_INSCRIPTION);
	}

	private ProcessInstance instance(PlacedOrder placed) {
		return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(placed.orderNumber()).singleResult();
	}
}
