package com.cakeflow.identity;

import java.util.Locale;

/** A staff role; each is a Camunda group (candidate group of the tasks) and a Spring Security role. */
public enum Role {

	ADMIN("camunda-admin"), MANAGER("manager"), CLERK("clerk"), BAKER("baker"), DECORATOR("decorator"),
	FRONTDESK("frontdesk"), DRIVER("driver");

	private final String groupId;

	Role(String groupId) {
		this.groupId = groupId;
	}

	/** The Camunda group id, used as candidate group in the BPMN. */
	public String groupId() {
		return groupId;
	}

	public static java.util.Optional<Role> ofGroup(String groupId) {
		for (var role : values()) {
			if (role.groupId.equals(groupId)) {
				return java.util.Optional.of(role);
			}
		}
		return java.util.Optional.empty();
	}

	public String authority() {
		return "ROLE_" + name().toUpperCase(Locale.ROOT);
	}
}
