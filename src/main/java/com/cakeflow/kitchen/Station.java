package com.cakeflow.kitchen;

import com.cakeflow.identity.Role;

/** A kitchen station and the role that staffs it. */
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
