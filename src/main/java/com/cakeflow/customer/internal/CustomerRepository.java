package com.cakeflow.customer.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

/** Customers by id and by phone. */
public interface CustomerRepository extends JpaRepository<Customer, Long> {

	Optional<Customer> findByPhone(String phone);

	@Query("select c.id from Customer c where c.phone like concat('%', ?1, '%') or c.name like concat('%', ?1, '%') order by c.id desc")
	List<Long> idsMatching(String text, Pageable page);
}
