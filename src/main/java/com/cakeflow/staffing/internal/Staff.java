package com.cakeflow.staffing.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;

/** A person working in a store: a role, skills and a daily shift. */
@Entity
@NamedEntityGraph(name = Staff.WITH_SKILLS, attributeNodes = @NamedAttributeNode("skills"))
public class Staff {

	/** Staff with their skills in the same query (named, so Spring Data finds it instead of trying a name and building one). */
	public static final String WITH_SKILLS = "Staff.withSkills";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private String username;
	private String displayName;
	private String role;
	private long storeId;
	private boolean active;
	private LocalTime shiftStart;
	private LocalTime shiftEnd;
	private boolean available = true;
	private String unavailableReason;
	@ElementCollection
	@CollectionTable(name = "staff_skill", joinColumns = @JoinColumn(name = "staff_id"))
	@Column(name = "skill")
	private Set<String> skills = new HashSet<>();

	protected Staff() {
	}

	public Staff(String username, String displayName, String role, long storeId, LocalTime shiftStart, LocalTime shiftEnd, Set<String> skills) {
		this.username = username;
		employ(displayName, role, storeId, shiftStart, shiftEnd, skills);
	}

	/** (Re-)employs the person with this role, store, shift and skills; active and available. */
	public void employ(String displayName, String role, long storeId, LocalTime shiftStart, LocalTime shiftEnd, Set<String> skills) {
		this.displayName = displayName;
		this.role = role;
		this.storeId = storeId;
		this.shiftStart = shiftStart;
		this.shiftEnd = shiftEnd;
		this.skills = new HashSet<>(skills);
		this.active = true;
		this.available = true;
		this.unavailableReason = null;
	}

	public void deactivate() {
		this.active = false;
	}

	public boolean active() {
		return active;
	}

	/** Present and working (not off sick, not gone home early). */
	public boolean available() {
		return available;
	}

	public String unavailableReason() {
		return unavailableReason;
	}

	public void markAvailable(boolean available, String reason) {
		this.available = available;
		this.unavailableReason = available ? null : reason;
	}

	public long storeId() {
		return storeId;
	}

	public String role() {
		return role;
	}

	public LocalTime shiftStart() {
		return shiftStart;
	}

	public LocalTime shiftEnd() {
		return shiftEnd;
	}

	public Long id() {
		return id;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	public Set<String> skills() {
		return skills;
	}
}
