package com.cakeflow.planning.internal;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A person who can be planned, with the jobs they do in the order they do them (the solver's list variable). The shift
 * is in minutes from the plan day's midnight; a shift that runs past midnight also covers the early hours (it started
 * the evening before).
 */
@PlanningEntity
public class Worker {

	@PlanningId
	private String username;
	private String role;
	private int shiftStart;
	private int shiftEnd;
	private Set<String> skills;
	@PlanningListVariable
	private List<Job> jobs = new ArrayList<>();

	Worker() {
	}

	public Worker(String username, String role, int shiftStart, int shiftEnd, Set<String> skills) {
		this.username = username;
		this.role = role;
		this.shiftStart = shiftStart;
		this.shiftEnd = shiftEnd <= shiftStart ? shiftEnd + 1440 : shiftEnd;
		this.skills = skills;
	}

	/** The same person with a job list of their own (a copy of this one's). */
	Worker copy() {
		var copy = new Worker();
		copy.username = username;
		copy.role = role;
		copy.shiftStart = shiftStart;
		copy.shiftEnd = shiftEnd;
		copy.skills = skills;
		copy.jobs = new ArrayList<>(jobs);
		return copy;
	}

	/** Minutes of [start, end) outside every shift of this person that touches the plan day. */
	public int minutesOutside(int start, int end) {
		int inside = overlap(start, end, shiftStart, shiftEnd) + overlap(start, end, shiftStart - 1440, shiftEnd - 1440);
		return (end - start) - inside;
	}

	/** The first minute from {@code from} on at which this person is at work (or {@code from} when no shift is left). */
	public int atWorkFrom(int from) {
		if (from >= shiftStart - 1440 && from < shiftEnd - 1440 || from >= shiftStart && from < shiftEnd) {
			return from;
		}
		if (from < shiftStart - 1440) {
			return shiftStart - 1440;
		}
		return from < shiftStart ? shiftStart : from;
	}

	private static int overlap(int a0, int a1, int b0, int b1) {
		return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
	}

	public String username() {
		return username;
	}

	public String role() {
		return role;
	}

	public Set<String> skills() {
		return skills;
	}

	public List<Job> getJobs() {
		return jobs;
	}

	public void setJobs(List<Job> jobs) {
		this.jobs = jobs;
	}

	@Override
	public String toString() {
		return username;
	}
}
