package com.cakeflow.payment.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The payment ledger. */
public interface PaymentRepository extends JpaRepository<Payment, Long> {

	List<Payment> findByOrderIdOrderByIdAsc(long orderId);

	Optional<Payment> findByOrderIdAndIdempotencyKey(long orderId, String idempotencyKey);
}
