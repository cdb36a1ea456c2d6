package com.cakeflow.order.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Orders by number, by idempotency key, locked for a change, and searched for lists. */
public interface CakeOrderRepository extends JpaRepository<CakeOrder, Long>, JpaSpecificationExecutor<CakeOrder> {

	Optional<CakeOrder> findByNumber(String number);

	/** The order with this id, which the caller knows exists (a process variable, an event): its absence is a bug. */
	default CakeOrder require(long orderId) {
		return findById(orderId).orElseThrow(() -> new IllegalStateException("order " + orderId + " not found"));
	}

	Optional<CakeOrder> findByIdempotencyKey(String idempotencyKey);

	java.util.List<CakeOrder> findByStatusAndPickupCode(com.cakeflow.order.OrderStatus status, String pickupCode);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from CakeOrder o where o.number = ?1")
	Optional<CakeOrder> lockByNumber(String number);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from CakeOrder o where o.id = ?1")
	Optional<CakeOrder> lockById(long id);

	/** A store's orders due in [from, to) that are still open, earliest due first. */
	@Query("select o from CakeOrder o where o.storeId = ?1 and o.dueAt >= ?2 and o.dueAt < ?3 and o.status not in ?4 order by o.dueAt, o.id")
	java.util.List<CakeOrder> dueBetween(long storeId, java.time.Instant from, java.time.Instant to, java.util.Collection<com.cakeflow.order.OrderStatus> excluded);

	/** Ids of a store's orders in these statuses due before a time, earliest due first (the at-risk scan's candidates). */
	@Query("select o.id from CakeOrder o where o.storeId = ?1 and o.status in ?2 and o.dueAt < ?3 order by o.dueAt, o.id")
	java.util.List<Long> inStatusDueBefore(long storeId, java.util.Collection<com.cakeflow.order.OrderStatus> statuses, java.time.Instant before);
}
