package com.cakeflow.order.process;

import com.cakeflow.events.OrderCancelled;
import com.cakeflow.events.OrderCompleted;
import com.cakeflow.identity.CurrentActor;
import com.cakeflow.order.OrderStatus;
import com.cakeflow.order.OrderStatusChanged;
import com.cakeflow.order.TimelineType;
import com.cakeflow.order.internal.CakeOrderRepository;
import com.cakeflow.payment.PaymentMethod;
import com.cakeflow.payment.Payments;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an order ends: completed (the cake reached the customer: the process's {@code Task_UpdateCustomer}) or cancelled
 * (the fee of the stage it was in, cancellation-fee.dmn, the rest of what was paid refunded). Both publish their event:
 * the customer module counts a completed order into the customer's history, what an order held is given back by
 * {@link ClosedOrderReleases} (stock, kitchen hours) and by the staffing and alerting modules (people's minutes, alerts).
 */
@Service
@Transactional
public class OrderClosing {

	private final CakeOrderRepository orders;
	private final Payments payments;
	private final CancellationPolicy cancellationPolicy;
	private final ApplicationEventPublisher events;
	private final CurrentActor actor;
	private final Clock clock;

	OrderClosing(CakeOrderRepository orders, Payments payments, CancellationPolicy cancellationPolicy, ApplicationEventPublisher events,
			CurrentActor actor, Clock clock) {
		this.orders = orders;
		this.payments = payments;
		this.cancellationPolicy = cancellationPolicy;
		this.events = events;
		this.actor = actor;
		this.clock = clock;
	}

	/**
	 * The cake reached the customer: the order is closed and {@link OrderCompleted} published, which counts it into the
	 * customer's history after the commit (the event publication registry sends it again until that has happened).
	 */
	public void complete(long orderId) {
		var order = orders.require(orderId);
		order.log(clock.instant(), TimelineType.CUSTOMER_UPDATED, CurrentActor.SYSTEM, java.util.Map.of());
		if (order.moveTo(OrderStatus.COMPLETED, clock.instant(), actor.name())) {
			events.publishEvent(new OrderStatusChanged(orderId, order.number(), order.storeId(), OrderStatus.COMPLETED));
			events.publishEvent(new OrderCompleted(orderId, order.number(), order.storeId(), order.customerId(), order.totalFen()));
		}
	}

	/** Cancels with the fee of the current stage, refunds the rest of what was paid; a finished order stays as it is. */
	public void cancel(long orderId, String reason) {
		var order = orders.lockById(orderId).orElseThrow();
		if (order.status().isTerminal()) {
			return;
		}
		var stage = order.status();
		var fee = cancellationPolicy.feeFen(stage, order.totalFen());
		var refund = order.cancel(reason, fee, clock.instant(), actor.name());
		if (refund > 0) {
			payments.refund(orderId, refund, lastMethod(orderId), actor.name(), "cancelled at " + stage);
		}
		order.log(clock.instant(), TimelineType.CANCELLED, actor.name(), TimelineType.details("at", stage.name(), "reason", reason, "fee",
				order.cancellationFeeFen(), "refund", refund));
		events.publishEvent(new OrderStatusChanged(orderId, order.number(), order.storeId(), OrderStatus.CANCELLED));
		events.publishEvent(new OrderCancelled(orderId, order.number(), order.storeId(), reason, order.cancellationFeeFen(), refund, actor.name()));
	}

	private PaymentMethod lastMethod(long orderId) {
		var ledger = payments.ledger(orderId);
		return ledger.isEmpty() ? PaymentMethod.CASH : ledger.get(ledger.size() - 1).method();
	}
}
