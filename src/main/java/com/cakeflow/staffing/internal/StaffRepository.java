package com.cakeflow.staffing.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Staff, and the minutes committed to them. */
public interface StaffRepository extends JpaRepository<Staff, Long> {

	List<Staff> findByStoreIdAndRoleAndActiveTrue(long storeId, String role);

	java.util.Optional<Staff> findByUsername(String username);

	List<Staff> findByStoreIdAndActiveTrue(long storeId);

	@Query("select coalesce(sum(a.minutes), 0) from StaffAssignment a where a.staff.id = ?1 and a.releasedAt is null")
	long committedMinutes(long staffId);

}
