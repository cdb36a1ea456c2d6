package com.cakeflow.payment;

import com.cakeflow.payment.internal.Payment;
import com.cakeflow.payment.internal.PaymentRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The payment ledger of orders: deposits, balances and refunds, append-only. Callers hold the order's lock. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Payments {

	private final PaymentRepository repository;
	private final Clock clock;

	Payments(PaymentRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	public PaymentRecord receive(long orderId, long amountFen, PaymentMethod method, String actor) {
		if (amountFen <= 0) {
			throw new IllegalArgumentException("a payment is positive");
		}
		return repository.save(new Payment(orderId, Payment.Kind.PAYMENT, amountFen, method, clock.instant(), actor, null)).toRecord();
	}

	/**
	 * Records a payment taken under an Idempotency-Key ({@code key}, unique per order; {@code requestHash} a digest of
	 * amount and method). Callers look the key up first ({@link #keyed}) under the order's lock, so a repeat never gets here.
	 */
	public PaymentRecord receive(long orderId, long amountFen, PaymentMethod method, String actor, String key, String requestHash) {
		if (amountFen <= 0) {
			throw new IllegalArgumentException("a payment is positive");
		}
		return repository.save(new Payment(orderId, Payment.Kind.PAYMENT, amountFen, method, clock.instant(), actor, null).keyed(key, requestHash))
			.toRecord();
	}

	/** The payment an order took under an Idempotency-Key, if any. */
	public Optional<KeyedPayment> keyed(long orderId, String key) {
		return repository.findByOrderIdAndIdempotencyKey(orderId, key)
			.map(payment -> new KeyedPayment(payment.toRecord(), payment.requestHash(), payment.resultingStatus()));
	}

	/** Stores what the call that took payment {@code paymentId} answered, for replays of its key. */
	public void answered(long paymentId, String status) {
		repository.findById(paymentId).orElseThrow().answered(status);
	}

	public PaymentRecord refund(long orderId, long amountFen, PaymentMethod method, String actor, String note) {
		if (amountFen <= 0) {
			throw new IllegalArgumentException("a refund is positive");
		}
		return repository.save(new Payment(orderId, Payment.Kind.REFUND, amountFen, method, clock.instant(), actor, note)).toRecord();
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<PaymentRecord> ledger(long orderId) {
		return repository.findByOrderIdOrderByIdAsc(orderId).stream().map(Payment::toRecord).toList();
	}

	/** A payment taken under an Idempotency-Key: the ledger line, the digest of its request and the status it answered. */
	public record KeyedPayment(PaymentRecord payment, String requestHash, String resultingStatus) {
	}
}
