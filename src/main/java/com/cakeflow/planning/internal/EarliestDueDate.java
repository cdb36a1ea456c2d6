package com.cakeflow.planning.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The plan a good shift lead makes by hand: orders by due time (urgent first at equal times), each stage given to the
 * person of its role (with the skills, when anybody has them) who can finish it first, after what that person already
 * has. What the solver starts from and is compared against.
 */
public final class EarliestDueDate {

	private EarliestDueDate() {
	}

	/** Fills the people's job lists (they start empty); jobs of a role nobody has are left out. */
	public static void plan(List<Worker> people, List<Job> jobs) {
		var orders = new LinkedHashMap<Long, List<Job>>();
		jobs.stream().sorted(Comparator.comparingInt(Job::getDue).thenComparing(j -> !j.isUrgent()).thenComparingLong(Job::getOrderId)
			.thenComparingInt(Job::getStageIndex)).forEach(job -> orders.computeIfAbsent(job.getOrderId(), id -> new ArrayList<>()).add(job));
		var free = new HashMap<Worker, Integer>();
		for (var stages : orders.values()) {
			int ready = 0;
			for (var job : stages) {
				var ofRole = people.stream().filter(w -> w.role().equals(job.getRole())).toList();
				var skilled = ofRole.stream().filter(w -> w.skills().containsAll(job.getSkills())).toList();
				Worker best = null;
				int bestStart = 0;
				for (var worker : skilled.isEmpty() ? ofRole : skilled) {
					int start = worker.atWorkFrom(Math.max(ready, free.getOrDefault(worker, 0)));
					if (best == null || start < bestStart || start == bestStart && free.getOrDefault(worker, 0) < free.getOrDefault(best, 0)) {
						best = worker;
						bestStart = start;
					}
				}
				if (best == null) {
					continue;
				}
				best.getJobs().add(job);
				free.put(best, bestStart + job.getMinutes());
				ready = bestStart + job.getMinutes();
			}
		}
	}
}
