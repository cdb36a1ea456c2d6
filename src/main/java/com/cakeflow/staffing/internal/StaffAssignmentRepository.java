package com.cakeflow.staffing.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Committed work of staff, per order and stage. */
public interface StaffAssignmentRepository extends JpaRepository<StaffAssignment, Long> {

	@Query("select a from StaffAssignment a where a.orderId = ?1 and a.releasedAt is null")
	List<StaffAssignment> openAssignments(long orderId);

}
