package com.cakeflow.staffing.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Committed work of staff, per order and stage. */
public interface StaffAssignmentRepository extends JpaRepository<StaffAssignment, Long> {

	@Query("select a from StaffAssignment a where a.orderId = ?1 and a.releasedAt is null")
	List<StaffAssignment> openAssignments(long orderId);

	/** Minutes still committed, per staff id (people without open work are absent). */
	@Query("select a.staff.id, sum(a.minutes) from StaffAssignment a where a.staff.id in ?1 and a.releasedAt is null group by a.staff.id")
	List<Object[]> committedMinutes(java.util.Collection<Long> staffIds);

	/** Open deliveries (assignments with a zone) of these people. */
	@Query("select a from StaffAssignment a join fetch a.staff where a.staff.id in ?1 and a.releasedAt is null and a.zone is not null")
	List<StaffAssignment> openDeliveries(java.util.Collection<Long> staffIds);
}
