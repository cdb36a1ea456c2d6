package com.cakeflow.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The planner on small days whose best plan is known, and the rules every plan keeps. */
class SolvingTests {

	final Solving solving = new Solving(Duration.ofSeconds(3), Duration.ofSeconds(1));

	static Worker baker(String name) {
		return new Worker(name, "BAKER", 8 * 60, 20 * 60, Set.of());
	}

	static Worker decorator(String name, String... skills) {
		return new Worker(name, "DECORATOR", 8 * 60, 20 * 60, Set.of(skills));
	}

	static List<Job> order(long id, int due, int bake, int decorate, Set<String> decorateSkills, boolean urgent) {
		var first = new Job(id, "N" + id, "BAKE", 0, "BAKER", bake, Set.of(), due, urgent, false, null);
		var second = new Job(id, "N" + id, "DECORATE", 1, "DECORATOR", decorate, decorateSkills, due, urgent, true, first.getId());
		return List.of(first, second);
	}

	@Test
	void earliestDueDateMakesTheLongDecorationLateAndTheSolverDoesNot() {
		// B is due first but bakes long; A bakes short and decorates long. EDD bakes B first and A's decoration ends an hour late.
		var jobs = new ArrayList<Job>();
		jobs.addAll(order(1, 12 * 60, 60, 120, Set.of(), false));
		jobs.addAll(order(2, 11 * 60, 120, 10, Set.of(), false));
		var result = solving.solve(List.of(baker("baker"), decorator("decorator")), jobs);

		assertThat(result.edd().figures().lateMinutes()).isEqualTo(60);
		assertThat(result.edd().figures().lateOrders()).isEqualTo(1);
		assertThat(result.smart().figures().hardPenalty()).isZero();
		assertThat(result.smart().figures().lateMinutes()).isEqualTo(10);
		var baker = result.smart().schedule().getWorkers().get(0);
		assertThat(baker.getJobs()).extracting(Job::getId).as("the short bake goes first").containsExactly("1:BAKE", "2:BAKE");
		assertThat(result.edd().schedule().getWorkers().get(0).getJobs()).extracting(Job::getId).as("the EDD plan is kept as it was")
			.containsExactly("2:BAKE", "1:BAKE");
	}

	@Test
	void everyPlanKeepsTheHardRulesAndIsNeverWorseThanEarliestDueDate() {
		var jobs = new ArrayList<Job>();
		for (int i = 0; i < 16; i++) {
			jobs.addAll(order(i, 10 * 60 + 30 * i, 30 + 5 * (i % 3), 20 + 15 * (i % 3), i % 4 == 0 ? Set.of("CALLIGRAPHY") : Set.of(), i % 5 == 0));
		}
		var result = solving.solve(List.of(baker("baker1"), baker("baker2"), decorator("master", "CALLIGRAPHY"), decorator("trainee")), jobs);
		var timing = result.smart().timing();
		assertThat(result.smart().figures().hardPenalty()).isZero();
		assertThat(result.smart().schedule().getScore()).isGreaterThanOrEqualTo(result.edd().schedule().getScore());
		for (var worker : result.smart().schedule().getWorkers()) {
			int free = 0;
			for (var job : worker.getJobs()) {
				assertThat(job.getRole()).isEqualTo(worker.role());
				assertThat(worker.skills()).as("%s has the skills for %s", worker, job).containsAll(job.getSkills());
				assertThat(worker.minutesOutside(timing.start(job), timing.end(job))).as("%s inside the shift", job).isZero();
				assertThat(timing.start(job)).as("%s one thing at a time", job).isGreaterThanOrEqualTo(free);
				free = timing.end(job);
				if (job.getPreviousId() != null) {
					var previous = jobs.stream().filter(j -> j.getId().equals(job.getPreviousId())).findFirst().orElseThrow();
					assertThat(timing.start(job)).as("%s after %s", job, previous).isGreaterThanOrEqualTo(timing.end(previous));
				}
			}
		}
		assertThat(result.smart().schedule().getWorkers().stream().mapToInt(w -> w.getJobs().size()).sum()).isEqualTo(jobs.size());
	}

	@Test
	void anUrgentOrderIsNotTheOneLeftLate() {
		// one baker, two orders due at 9:00 that both need 60 minutes from 8:00: one must be late, and not the urgent one
		var jobs = new ArrayList<Job>();
		jobs.add(new Job(1, "N1", "BAKE", 0, "BAKER", 60, Set.of(), 9 * 60, false, true, null));
		jobs.add(new Job(2, "N2", "BAKE", 0, "BAKER", 60, Set.of(), 9 * 60, true, true, null));
		var result = solving.solve(List.of(baker("baker")), jobs);
		assertThat(result.smart().schedule().getWorkers().get(0).getJobs()).extracting(Job::getId).containsExactly("2:BAKE", "1:BAKE");
		assertThat(result.smart().figures().lateMinutes()).isEqualTo(60);
	}

	@Test
	void peopleWorkOnlyDuringTheirShiftsIncludingOnesPastMidnight() {
		var night = new Worker("night", "BAKER", 22 * 60, 6 * 60, Set.of());
		assertThat(night.minutesOutside(60, 120)).isZero();
		assertThat(night.minutesOutside(5 * 60 + 30, 6 * 60 + 30)).isEqualTo(30);
		assertThat(night.minutesOutside(23 * 60, 24 * 60)).isZero();
		assertThat(night.atWorkFrom(7 * 60)).as("after the night shift: the next one").isEqualTo(22 * 60);
		assertThat(baker("b").atWorkFrom(7 * 60)).as("not before the shift starts").isEqualTo(8 * 60);
		assertThat(baker("b").atWorkFrom(21 * 60)).as("no shift left: where it would be").isEqualTo(21 * 60);
	}
}
