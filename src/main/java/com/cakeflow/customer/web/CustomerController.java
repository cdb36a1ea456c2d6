package com.cakeflow.customer.web;

import com.cakeflow.customer.CustomerProfile;
import com.cakeflow.customer.Customers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer profiles for the front desk, by mobile number: contact, language, birthday, consent to reminders and the
 * family birthdays the customer wants to hear about.
 */
@RestController
@RequestMapping("/api/customers")
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CLERK', 'FRONTDESK')")
class CustomerController {

	private final Customers customers;

	CustomerController(Customers customers) {
		this.customers = customers;
	}

	@GetMapping("/{phone}")
	CustomerProfile get(@PathVariable String phone) {
		return customers.profile(phone).orElseThrow(() -> new Customers.CustomerNotFound(phone));
	}

	/**
	 * {@code {"name":"张女士","email":"zhang@example.com","language":"zh-CN","birthday":"1990-05-04","marketingConsent":true,
	 * "family":[{"name":"乐乐","relation":"女儿","birthday":"2019-12-01"}]}}: the whole profile (the family list replaces
	 * the one there is).
	 */
	@PutMapping("/{phone}/profile")
	CustomerProfile put(@PathVariable String phone, @RequestBody CustomerProfile.Update update) {
		return customers.updateProfile(phone, update);
	}
}
