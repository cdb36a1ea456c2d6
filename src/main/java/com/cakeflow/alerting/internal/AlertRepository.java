package com.cakeflow.alerting.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Alerts by cause, order and status. */
public interface AlertRepository extends JpaRepository<Alert, Long> {

	Optional<Alert> findFirstByCauseKeyAndStatus(String causeKey, String status);

	List<Alert> findByOrderIdAndStatus(Long orderId, String status);

	@Query("""
			select a from Alert a
			where (:status is null or a.status = :status) and (:orderNumber is null or a.orderNumber = :orderNumber)
			order by a.raisedAt desc""")
	List<Alert> search(String status, String orderNumber, Pageable page);
}
