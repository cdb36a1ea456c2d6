package com.cakeflow.kitchen;

import com.cakeflow.identity.Role;

/** A kitchen station with capacity of its own, and the role that staffs it (its task in the order process: the order module's {@code Stage}). */
public enum Station {
	BAKE(Role.BAKER), DECORATE(Role.DECORATOR), PACK(Role.FRONTDESK);

	private final Role role;

	Station(Role role) {
		this.role = role;
	}

	public Role role() {
		return role;
	}
}
