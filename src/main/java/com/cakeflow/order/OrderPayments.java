package com.cakeflow.order;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.order.OrderProblems.OrderNotFound;
import com.cakeflow.order.OrderProblems.StageForbids;
import com.cakeflow.order.internal.CakeOrderRepository;
import com.cakeflow.order.process.OrderProcess;
import com.cakeflow.payment.PaymentMethod;
import com.cakeflow.payment.Payments;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import com.cakeflow.shared.Money;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Money taken for an order: a payment (at most once per Idempotency-Key), and what is still owed as the cake leaves. */
@Service
public class OrderPayments {

	private final CakeOrderRepository orders;
	private final OrderProcess process;
	private final Payments payments;
	private final CurrentActor actor;
	private final Clock clock;

	OrderPayments(CakeOrderRepository orders, OrderProcess process, Payments payments, CurrentActor actor, Clock clock) {
		this.orders = orders;
		this.process = process;
		this.payments = payments;
		this.actor = actor;
		this.clock = clock;
	}

	/** Records a payment under the order's lock; once the deposit is covered a waiting process moves on. */
	@Transactional
	public OrderStatus pay(String number, Long amountFen, String method) {
		return pay(number, amountFen, method, null).status();
	}

	/**
	 * Records a payment under the order's lock, at most once per {@code idempotencyKey} (per order; null: no key): a
	 * repeat of the key — a till retrying after a timeout, a node that died before it answered — gets the first call's
	 * answer and records nothing; the same key with another amount or method is a 422.
	 */
	@Transactional
	public PaymentTaken pay(String number, Long amountFen, String method, String idempotencyKey) {
		var order = locked(number);
		var key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		if (key != null && key.length() > 100) {
			throw new InvalidRequest(new FieldProblem("Idempotency-Key", "order.payment.key.too-long", 100));
		}
		var hash = paymentHash(amountFen, method);
		if (key != null) {
			var earlier = payments.keyed(order.id(), key);
			if (earlier.isPresent()) {
				var first = earlier.get();
				if (!first.requestHash().equals(hash)) {
					throw new InvalidRequest(new FieldProblem("Idempotency-Key", "order.payment.key.reused"));
				}
				return new PaymentTaken(number, OrderStatus.valueOf(first.resultingStatus()), first.payment().id(), first.payment().amountFen(),
						first.payment().method().name(), true);
			}
		}
		var parsed = parseMethod(method);
		if (order.status() == OrderStatus.CANCELLED) {
			throw new StageForbids("amountFen", "order.payment.cancelled", order.status());
		}
		if (amountFen == null || amountFen <= 0 || amountFen > order.balanceFen()) {
			throw new InvalidRequest(new FieldProblem("amountFen", "order.payment.amount", Money.yuan(order.balanceFen())));
		}
		var payment = payments.receive(order.id(), amountFen, parsed, actor.name(), key, hash);
		order.receivePayment(amountFen);
		order.log(clock.instant(), TimelineType.PAYMENT_RECEIVED, actor.name(), TimelineType.details("amount", amountFen, "method", parsed.name(),
				"paid", order.paidFen(), "total", order.totalFen()));
		if (order.status() == OrderStatus.AWAITING_DEPOSIT && order.depositOutstandingFen() == 0) {
			process.depositPaid(number);
		}
		payments.answered(payment.id(), order.status().name());
		return new PaymentTaken(number, order.status(), payment.id(), amountFen, parsed.name(), false);
	}

	private static String paymentHash(Long amountFen, String method) {
		var text = amountFen + "|" + (method == null ? "" : method.strip().toUpperCase(java.util.Locale.ROOT));
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/**
	 * Takes what is still owed as the cake leaves the shop (hand-over at the counter, delivery at the door); a
	 * {@code method} is required when anything is owed. Nothing is recorded when nothing is.
	 */
	@Transactional
	public void settleBalance(String number, String method) {
		var order = locked(number);
		long balance = order.balanceFen();
		if (balance == 0) {
			return;
		}
		if (method == null || method.isBlank()) {
			throw new InvalidRequest(new FieldProblem("method", "order.handover.balance-due", Money.yuan(balance)));
		}
		pay(number, balance, method);
	}

	/** The order locked for a payment; one of another store is not found for a caller limited to its own (an API key). */
	private com.cakeflow.order.internal.CakeOrder locked(String number) {
		return orders.lockByNumber(number).filter(order -> actor.actsFor(order.storeId())).orElseThrow(() -> new OrderNotFound(number));
	}

	private static PaymentMethod parseMethod(String method) {
		try {
			return PaymentMethod.valueOf(method == null ? "" : method.strip().toUpperCase());
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidRequest(new FieldProblem("method", "order.payment.method", String.valueOf(method)));
		}
	}
}
