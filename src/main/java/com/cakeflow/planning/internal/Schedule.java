package com.cakeflow.planning.internal;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.List;

/** A day's jobs and the people who can do them; the solver fills each person's job list. */
@PlanningSolution
public class Schedule {

	@PlanningEntityCollectionProperty
	private List<Worker> workers;
	@ValueRangeProvider
	@ProblemFactCollectionProperty
	private List<Job> jobs;
	@PlanningScore
	private HardMediumSoftScore score;

	Schedule() {
	}

	public Schedule(List<Worker> workers, List<Job> jobs) {
		this.workers = workers;
		this.jobs = jobs;
	}

	public List<Worker> getWorkers() {
		return workers;
	}

	public List<Job> getJobs() {
		return jobs;
	}

	public HardMediumSoftScore getScore() {
		return score;
	}

	public void setScore(HardMediumSoftScore score) {
		this.score = score;
	}
}
