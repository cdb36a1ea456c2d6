package com.cakeflow.payment;

import com.cakeflow.payment.internal.Payment;
import com.cakeflow.payment.internal.PaymentRepository;
import java.time.Clock;
import java.util.List;
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
}
