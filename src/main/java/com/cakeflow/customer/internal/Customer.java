package com.cakeflow.customer.internal;

import com.cakeflow.customer.CustomerRef;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A customer of the shop, identified by a mainland mobile number. */
@Entity
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private String phone;
	private String name;
	private Instant createdAt;
	private int completedOrders;
	private long totalSpentFen;
	private Instant lastOrderAt;
	private String email;
	private String language;
	private java.time.LocalDate birthday;
	private boolean birthdayLunar;
	private Integer lunarBirthMonth;
	private Integer lunarBirthDay;
	private boolean marketingConsent;
	private Long homeStoreId;
	@Version
	private long version;

	protected Customer() {
	}

	public Customer(String phone, String name, Instant now) {
		this.phone = phone;
		this.name = name == null || name.isBlank() ? "顾客" + phone.substring(7) : name.trim();
		this.createdAt = now;
	}

	public CustomerRef toRef() {
		return new CustomerRef(id, name, phone);
	}

	public String email() {
		return email;
	}

	public String language() {
		return language;
	}

	public java.time.LocalDate birthday() {
		return birthday;
	}

	/** Whether the birthday is celebrated on its lunar month and day (农历生日). */
	public boolean birthdayLunar() {
		return birthdayLunar;
	}

	public boolean marketingConsent() {
		return marketingConsent;
	}

	public String name() {
		return name;
	}

	public String phone() {
		return phone;
	}

	public Long id() {
		return id;
	}

	/** The store they last collected a cake from (null before the first). */
	public Long homeStoreId() {
		return homeStoreId;
	}

	/** The customer's own details, as they gave them (a blank name keeps the one there is). */
	public void profile(String name, String email, String language, java.time.LocalDate birthday, boolean birthdayLunar, boolean marketingConsent) {
		if (name != null && !name.isBlank()) {
			this.name = name.strip();
		}
		this.email = email;
		this.language = language;
		this.birthday = birthday;
		this.birthdayLunar = birthdayLunar && birthday != null;
		var lunar = this.birthdayLunar ? com.cakeflow.shared.LunarCalendar.of(birthday) : null;
		this.lunarBirthMonth = lunar == null ? null : lunar.month();
		this.lunarBirthDay = lunar == null ? null : lunar.day();
		this.marketingConsent = marketingConsent;
	}

	/** A mail address given with an order, kept for the next ones. */
	public void email(String email) {
		this.email = email;
	}

	public int completedOrders() {
		return completedOrders;
	}

	public long totalSpentFen() {
		return totalSpentFen;
	}

	public Instant lastOrderAt() {
		return lastOrderAt;
	}
}
