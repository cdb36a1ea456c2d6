package com.cakeflow.staffing.internal;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Staff, and the minutes committed to them. */
public interface StaffRepository extends JpaRepository<Staff, Long> {

	java.util.Optional<Staff> findByUsername(String username);

	@EntityGraph(Staff.WITH_SKILLS)
	List<Staff> findByStoreIdAndActiveTrue(long storeId);

}
