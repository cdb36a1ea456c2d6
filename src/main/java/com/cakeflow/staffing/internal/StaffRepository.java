package com.cakeflow.staffing.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Staff, and the minutes committed to them. */
public interface StaffRepository extends JpaRepository<Staff, Long> {

	List<Staff> findByStoreIdAndRoleAndActiveTrue(long storeId, String role);

	java.util.Optional<Staff> findByUsername(String username);

	List<Staff> findByStoreIdAndActiveTrue(long storeId);

}
