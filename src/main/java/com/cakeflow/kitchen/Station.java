package com.cakeflow.kitchen;

import com.cakeflow.identity.Role;

/** A kitchen station, the role that staffs it and its user task in the order process. */
public enum Station {
	BAKE(Role.BAKER, "Task_BakeCake"), DECORATE(Role.DECORATOR, "Task_DecorateCake"), PACK(Role.FRONTDESK, "Task_PackCake");

	private final Role role;
	private final String taskKey;

	Station(Role role, String taskKey) {
		this.role = role;
		this.taskKey = taskKey;
	}

	/** The user task of the cake order process (processes/cake-order.bpmn) that is this station's work. */
	public String taskKey() {
		return taskKey;
	}

	public Role role() {
		return role;
	}
}
