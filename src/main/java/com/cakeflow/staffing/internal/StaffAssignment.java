package com.cakeflow.staffing.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** Minutes of work committed to a person for one stage of one order, open until the stage is done. */
@Entity
public class StaffAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY)
	private Staff staff;
	private long orderId;
	private String stage;
	private int minutes;
	private Instant assignedAt;
	private Instant releasedAt;
	private String zone;
	private Instant dueAt;

	protected StaffAssignment() {
	}

	public StaffAssignment(Staff staff, long orderId, String stage, int minutes, Instant assignedAt, String zone, Instant dueAt) {
		this.zone = zone;
		this.dueAt = dueAt;
		this.staff = staff;
		this.orderId = orderId;
		this.stage = stage;
		this.minutes = minutes;
		this.assignedAt = assignedAt;
	}

	public Staff staff() {
		return staff;
	}

	/** The delivery zone, for a driver's assignment. */
	public String zone() {
		return zone;
	}

	/** When the stage must be done. */
	public Instant dueAt() {
		return dueAt;
	}

	public String stage() {
		return stage;
	}

	public void release(Instant at) {
		if (releasedAt == null) {
			releasedAt = at;
		}
	}
}
