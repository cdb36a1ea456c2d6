package com.cakeflow.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A store's plan for a day: per person the stages they do, in time order, with the plan's figures and those of the
 * earliest-due-date plan for the same orders ({@code edd}), and what could not be planned ({@code notes}).
 */
public record ProductionPlan(long id, String storeCode, LocalDate day, Instant generatedAt, String generatedBy, int orders, long solverMillis,
		Figures smart, Figures edd, List<Task> tasks, String notes) {

	/** How good a plan is: its score (hard/medium/soft), orders and minutes late, its hard-rule penalty (0 = a plan that can be worked). */
	public record Figures(String score, int lateOrders, int lateMinutes, int maxLateMinutes, int hardPenalty) {
	}

	/** One stage of one order for one person; {@code depositPending} when the order's deposit is not paid yet. */
	public record Task(String username, long orderId, String orderNumber, String stage, String summary, Instant startAt, Instant endAt,
			Instant dueAt, boolean urgent, boolean depositPending, int lateMinutes) {

		public long minutes() {
			return java.time.Duration.between(startAt, endAt).toMinutes();
		}
	}

	/** The tasks grouped per person, each person's in time order. */
	public java.util.Map<String, List<Task>> byPerson() {
		var byPerson = new java.util.TreeMap<String, List<Task>>();
		tasks.forEach(t -> byPerson.computeIfAbsent(t.username(), u -> new java.util.ArrayList<>()).add(t));
		byPerson.values().forEach(list -> list.sort(java.util.Comparator.comparing(Task::startAt)));
		return byPerson;
	}
}
