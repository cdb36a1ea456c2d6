package com.cakeflow.planning.internal;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import java.util.Set;

/**
 * One stage of one order to be planned. {@code previousId} is the stage before it in the same order (it may only start
 * when that one ends); {@code due} is when the order's last planned stage must be done, in minutes from the plan day's
 * midnight. Who does it and in which order is the solver's choice ({@link Worker#getJobs()}); when it starts follows
 * from that ({@link Timing}).
 */
public class Job {

	@PlanningId
	private String id;
	private long orderId;
	private String orderNumber;
	private String stage;
	private int stageIndex;
	private String role;
	private int minutes;
	private Set<String> skills;
	private int due;
	private boolean urgent;
	private boolean last;
	private String previousId;

	Job() {
	}

	public Job(long orderId, String orderNumber, String stage, int stageIndex, String role, int minutes, Set<String> skills, int due, boolean urgent,
			boolean last, String previousId) {
		this.id = orderId + ":" + stage;
		this.orderId = orderId;
		this.orderNumber = orderNumber;
		this.stage = stage;
		this.stageIndex = stageIndex;
		this.role = role;
		this.minutes = minutes;
		this.skills = skills;
		this.due = due;
		this.urgent = urgent;
		this.last = last;
		this.previousId = previousId;
	}

	public String getId() {
		return id;
	}

	public long getOrderId() {
		return orderId;
	}

	public String getOrderNumber() {
		return orderNumber;
	}

	public String getStage() {
		return stage;
	}

	public int getStageIndex() {
		return stageIndex;
	}

	public String getRole() {
		return role;
	}

	public int getMinutes() {
		return minutes;
	}

	public Set<String> getSkills() {
		return skills;
	}

	public int getDue() {
		return due;
	}

	public boolean isUrgent() {
		return urgent;
	}

	public boolean isLast() {
		return last;
	}

	public String getPreviousId() {
		return previousId;
	}

	@Override
	public String toString() {
		return id;
	}
}
