package com.cakeflow.customer;

import com.cakeflow.customer.internal.Customer;
import com.cakeflow.customer.internal.CustomerRepository;
import com.cakeflow.customer.internal.CustomerRows;
import com.cakeflow.shared.PhoneNumber;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shop's customers, known by their mobile number: found or created when they order, updated when an order completes. */
@Service
public class Customers {

	/** A search of exactly this many digits is the end of a phone number (尾号), the way a shop names a customer. */
	public static final int LAST_DIGITS = 4;

	private final CustomerRepository repository;
	private final CustomerRows rows;
	private final com.cakeflow.customer.internal.FamilyMembers family;
	private final Clock clock;

	Customers(CustomerRepository repository, CustomerRows rows, com.cakeflow.customer.internal.FamilyMembers family, Clock clock) {
		this.repository = repository;
		this.rows = rows;
		this.family = family;
		this.clock = clock;
	}

	/**
	 * The customer with this phone, created if new, in the caller's transaction (one upsert: two first orders from the
	 * same phone at once both get the one row, and no second connection is taken).
	 */
	@Transactional
	public CustomerRef findOrCreate(PhoneNumber phone, String name) {
		return rows.findOrCreate(phone.digits(), name, clock.instant());
	}

	@Transactional(readOnly = true)
	public Optional<CustomerRef> byId(long id) {
		return repository.findById(id).map(Customer::toRef);
	}

	/** Customers by id, for a page of orders. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, CustomerRef> byIds(java.util.Collection<Long> ids) {
		return repository.findAllById(ids).stream().map(Customer::toRef)
			.collect(java.util.stream.Collectors.toMap(CustomerRef::id, ref -> ref));
	}

	/**
	 * Counts a completed order into the customer's history (order count, spend, last order, the store it came from) with
	 * one atomic update, so two orders of the same customer completing at once both count instead of one failing on the
	 * row version; an order counted before is not counted again (its event delivered twice). Whether it counted now.
	 */
	@Transactional
	public boolean countCompletedOrder(long orderId, long customerId, long amountFen, long storeId) {
		var now = clock.instant();
		if (!rows.firstCount(orderId, customerId, now)) {
			return false;
		}
		repository.addCompletedOrder(customerId, amountFen, now, storeId);
		return true;
	}

	@Transactional(readOnly = true)
	public Optional<CustomerHistory> history(long customerId) {
		return repository.findById(customerId).map(c -> new CustomerHistory(c.toRef(), c.completedOrders(), c.totalSpentFen(), c.lastOrderAt()));
	}

	/**
	 * Ids of customers the text finds (for order search), at most {@code limit}, who ordered last first. Text with digits is a
	 * phone: a whole mobile number exactly; exactly four digits its last four (尾号, as shops, couriers and platforms
	 * name a customer); three or five and more digits anywhere in it. Text without digits is a name: its
	 * start, or from three characters anywhere in it. Shorter parts would match too many to be of use (and no index
	 * serves them on a year of customers).
	 */
	@Transactional(readOnly = true)
	public java.util.List<Long> idsMatching(String text, int limit) {
		var t = text == null ? "" : text.strip();
		var page = org.springframework.data.domain.PageRequest.of(0, limit);
		if (t.chars().anyMatch(Character::isDigit)) {
			var whole = PhoneNumber.parse(t);
			if (whole.isPresent()) {
				return repository.idsByPhone(whole.get().digits());
			}
			var digits = t.replaceAll("[\\s\\-().（）+]", "");
			if (digits.length() < 3 || !digits.chars().allMatch(Character::isDigit)) {
				return java.util.List.of();
			}
			return repository.idsByPhoneLike(digits.length() == LAST_DIGITS ? "%" + digits : "%" + digits + "%", page);
		}
		if (t.isEmpty()) {
			return java.util.List.of();
		}
		var escaped = t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return repository.idsByNameLike(t.length() >= 3 ? "%" + escaped + "%" : escaped + "%", page);
	}

	/** How to reach a customer: mobile number always, mail address and language when they gave them. */
	@Transactional(readOnly = true)
	public Optional<Contact> contact(long customerId) {
		return repository.findById(customerId).map(c -> new Contact(c.name(), c.phone(), c.email(),
				c.language() == null ? java.util.Locale.SIMPLIFIED_CHINESE : java.util.Locale.forLanguageTag(c.language())));
	}

	/** Keeps a mail address given with an order (a later order without one does not erase it). */
	@Transactional
	public void rememberEmail(long customerId, String email) {
		if (email != null && !email.isBlank()) {
			repository.findById(customerId).ifPresent(customer -> customer.email(email.strip()));
		}
	}

	/** The customer with this mobile number (any way it is written), with their family birthdays. */
	@Transactional(readOnly = true)
	public Optional<CustomerProfile> profile(String phone) {
		return PhoneNumber.parse(phone).flatMap(p -> repository.findByPhone(p.digits())).map(this::profile);
	}

	private CustomerProfile profile(Customer c) {
		return new CustomerProfile(c.id(), c.name(), c.phone(), c.email(), c.language(), c.birthday(), c.birthdayLunar(), c.marketingConsent(),
				family.of(c.id()),
				c.completedOrders(), c.totalSpentFen(), c.lastOrderAt());
	}

	/**
	 * The front desk updates a customer's profile (with the customer at the counter or on the phone). Every bad field is
	 * named in one 422 and nothing is stored; an unknown number is a 404.
	 */
	@Transactional
	public CustomerProfile updateProfile(String phone, CustomerProfile.Update update) {
		var customer = PhoneNumber.parse(phone).flatMap(p -> repository.findByPhone(p.digits())).orElseThrow(() -> new CustomerNotFound(phone));
		var valid = ProfileValidation.check(update, clock.instant().atZone(java.time.ZoneOffset.ofHours(14)).toLocalDate());
		customer.profile(valid.name(), valid.email(), valid.language(), valid.birthday(), valid.birthdayLunar(), valid.marketingConsent());
		family.replace(customer.id(), valid.family());
		return profile(repository.saveAndFlush(customer));
	}

	/** No customer has this mobile number: 404. */
	public static class CustomerNotFound extends com.cakeflow.shared.DomainProblem {
		public CustomerNotFound(String phone) {
			super(404, "problem.customer.not-found", phone);
		}
	}

	/** A customer's name, mobile number, mail address (may be null) and language for notifications. */
	public record Contact(String name, String phone, String email, java.util.Locale language) {
	}

	/** What the shop knows of a customer's past orders. */
	public record CustomerHistory(CustomerRef customer, int completedOrders, long totalSpentFen, java.time.Instant lastOrderAt) {
	}
}
