package com.cakeflow.order.process;

import com.cakeflow.identity.Role;

/** A production stage of an order, who does it and the status the order is in while it runs. */
public enum Stage {
	BAKE(Role.BAKER), DECORATE(Role.DECORATOR), PACK(Role.FRONTDESK), DELIVER(Role.DRIVER);

	private final Role role;

	Stage(Role role) {
		this.role = role;
	}

	public Role role() {
		return role;
	}

	public static Stage ofRole(Role role) {
		for (var stage : values()) {
			if (stage.role == role) {
				return stage;
			}
		}
		throw new IllegalArgumentException("no stage for " + role);
	}
}
