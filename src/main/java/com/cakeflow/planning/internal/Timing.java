package com.cakeflow.planning.internal;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * When each job starts, given who does what in which order: a job starts when its person is done with the one before
 * it in their list, the order's previous stage is done and the person is at work — whichever is last. Jobs wait for
 * each other across people; should two lists wait for each other in a circle (only a plan with a job in the wrong
 * person's list can do that) the wait is broken and counted.
 */
public final class Timing {

	private final Map<Job, Integer> starts = new IdentityHashMap<>();
	private final Map<Job, Worker> workers = new IdentityHashMap<>();
	private int brokenWaits;

	private Timing() {
	}

	public static Timing of(List<Worker> people) {
		var timing = new Timing();
		var byId = new HashMap<String, Job>();
		people.forEach(w -> w.getJobs().forEach(j -> {
			byId.put(j.getId(), j);
			timing.workers.put(j, w);
		}));
		int[] next = new int[people.size()];
		int[] free = new int[people.size()];
		for (int i = 0; i < people.size(); i++) {
			free[i] = Integer.MIN_VALUE;
		}
		int left = byId.size();
		while (left > 0) {
			boolean moved = false;
			for (int w = 0; w < people.size(); w++) {
				var person = people.get(w);
				var jobs = person.getJobs();
				while (next[w] < jobs.size()) {
					var job = jobs.get(next[w]);
					var previous = job.getPreviousId() == null ? null : byId.get(job.getPreviousId());
					if (previous != null && !timing.starts.containsKey(previous)) {
						break;
					}
					free[w] = timing.place(person, job, free[w], previous);
					next[w]++;
					left--;
					moved = true;
				}
			}
			if (!moved) { // a circle: place the first waiting job without waiting for its previous stage
				for (int w = 0; w < people.size(); w++) {
					if (next[w] < people.get(w).getJobs().size()) {
						var job = people.get(w).getJobs().get(next[w]);
						free[w] = timing.place(people.get(w), job, free[w], null);
						next[w]++;
						left--;
						timing.brokenWaits++;
						break;
					}
				}
			}
		}
		return timing;
	}

	private int place(Worker person, Job job, int free, Job previous) {
		int ready = Math.max(Math.max(free, 0), previous == null ? 0 : end(previous));
		int start = person.atWorkFrom(ready);
		starts.put(job, start);
		return start + job.getMinutes();
	}

	public int start(Job job) {
		return starts.get(job);
	}

	public int end(Job job) {
		return starts.get(job) + job.getMinutes();
	}

	public Worker worker(Job job) {
		return workers.get(job);
	}

	public boolean planned(Job job) {
		return starts.containsKey(job);
	}

	/** Minutes the order ends late (for its last planned stage; 0 otherwise). */
	public int lateness(Job job) {
		return job.isLast() && planned(job) ? Math.max(0, end(job) - job.getDue()) : 0;
	}

	public int brokenWaits() {
		return brokenWaits;
	}
}
