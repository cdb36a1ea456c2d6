package com.cakeflow.order.process;

import com.cakeflow.identity.Role;
import com.cakeflow.kitchen.Station;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * A production stage of an order: who does it, its user task in the order process and, for the kitchen's stages, the
 * kitchen station whose capacity it uses. Part of the process contract: other modules find a stage's task through
 * this, never by the task's id.
 */
@NamedInterface("process")
public enum Stage {
	BAKE(Role.BAKER, CakeOrderProcess.TASK_BAKE, Station.BAKE),
	DECORATE(Role.DECORATOR, CakeOrderProcess.TASK_DECORATE, Station.DECORATE),
	PACK(Role.FRONTDESK, CakeOrderProcess.TASK_PACK, Station.PACK),
	DELIVER(Role.DRIVER, CakeOrderProcess.TASK_DELIVER, null);

	private final Role role;
	private final String taskKey;
	private final Station station;

	Stage(Role role, String taskKey, Station station) {
		this.role = role;
		this.taskKey = taskKey;
		this.station = station;
	}

	public Role role() {
		return role;
	}

	/** The id of this stage's user task in {@code processes/cake-order.bpmn}. */
	public String taskKey() {
		return taskKey;
	}

	/** The kitchen station this stage books; empty for delivery. */
	public Optional<Station> station() {
		return Optional.ofNullable(station);
	}

	public static Stage ofRole(Role role) {
		return Arrays.stream(values()).filter(stage -> stage.role == role).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no stage for " + role));
	}

	public static Stage of(Station station) {
		return Arrays.stream(values()).filter(stage -> stage.station == station).findFirst().orElseThrow();
	}

	/** The stage whose user task this is; empty for the process's other tasks. */
	public static Optional<Stage> ofTask(String taskDefinitionKey) {
		return Arrays.stream(values()).filter(stage -> stage.taskKey.equals(taskDefinitionKey)).findFirst();
	}
}
