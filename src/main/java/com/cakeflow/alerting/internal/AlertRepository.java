package com.cakeflow.alerting.internal;

import com.cakeflow.alerting.AlertStatus;
import com.cakeflow.alerting.AlertType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Alerts by cause, order, store and status. */
public interface AlertRepository extends JpaRepository<Alert, Long> {

	/** The unresolved alert of a cause, if any (at most one: open_cause is unique). */
	Optional<Alert> findByOpenCause(String openCause);

	List<Alert> findByOrderIdAndStatusIn(Long orderId, Collection<AlertStatus> statuses);

	@Query("""
			select a from Alert a
			where a.status in :statuses and (:type is null or a.type = :type)
			  and (:orderNumber is null or a.orderNumber = :orderNumber) and (:storeId is null or a.storeId = :storeId)
			order by a.raisedAt desc, a.id desc""")
	List<Alert> search(Collection<AlertStatus> statuses, AlertType type, String orderNumber, Long storeId, Pageable page);

	@Query("""
			select count(a) from Alert a
			where a.status = com.cakeflow.alerting.AlertStatus.OPEN and a.type in :types and (:storeId is null or a.storeId = :storeId)""")
	long countOpen(Collection<AlertType> types, Long storeId);
}
