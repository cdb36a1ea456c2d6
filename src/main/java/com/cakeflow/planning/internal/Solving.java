package com.cakeflow.planning.internal;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import com.cakeflow.planning.ProductionPlan;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;

/**
 * Plans a day twice over the same jobs: earliest-due-date first, then Timefold Solver's local search starting from that
 * plan (so its best can only keep or improve the score) within a time limit. Both come back with their figures.
 */
public class Solving {

	private final SolverFactory<Schedule> solvers;
	private final ScheduleScore score = new ScheduleScore();

	public Solving(Duration limit, Duration unimproved) {
		var config = new SolverConfig().withSolutionClass(Schedule.class).withEntityClasses(Worker.class)
			.withEasyScoreCalculatorClass(ScheduleScore.class)
			.withTerminationConfig(new TerminationConfig().withSpentLimit(limit).withUnimprovedSpentLimit(unimproved))
			// simulated annealing: a kitchen day often gets better only after a move that first makes it worse (swap two
			// bakes, then two decorations); late acceptance, the default, stays where the earliest-due-date plan put it
			.withPhases(new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig()
				.withAcceptorConfig(new LocalSearchAcceptorConfig().withSimulatedAnnealingStartingTemperature("0hard/60medium/60soft"))
				.withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(4)));
		this.solvers = SolverFactory.create(config);
	}

	/** Plans the jobs for the people (whose job lists must be empty) both ways. */
	public Result solve(List<Worker> people, List<Job> jobs) {
		EarliestDueDate.plan(people, jobs);
		var planned = people.stream().flatMap(w -> w.getJobs().stream()).toList();
		var edd = new Schedule(people, planned);
		edd.setScore(score.calculateScore(edd));
		var eddPlan = new Plan(edd, Timing.of(people), figures(edd));
		long began = System.nanoTime();
		if (planned.isEmpty()) {
			return new Result(eddPlan, eddPlan, 0);
		}
		var best = solvers.buildSolver().solve(copy(edd));
		long millis = (System.nanoTime() - began) / 1_000_000;
		return new Result(eddPlan, new Plan(best, Timing.of(best.getWorkers()), figures(best)), millis);
	}

	/** The same people with their own copies of the job lists, so the EDD plan stays as it was. */
	private static Schedule copy(Schedule schedule) {
		return new Schedule(schedule.getWorkers().stream().map(Worker::copy).toList(), schedule.getJobs());
	}

	static ProductionPlan.Figures figures(Schedule schedule) {
		var timing = Timing.of(schedule.getWorkers());
		var late = new HashMap<Long, Integer>();
		schedule.getJobs().stream().filter(Job::isLast).forEach(job -> late.put(job.getOrderId(), timing.lateness(job)));
		return new ProductionPlan.Figures(schedule.getScore().toString(), (int) late.values().stream().filter(m -> m > 0).count(),
				late.values().stream().mapToInt(Integer::intValue).sum(), late.values().stream().mapToInt(Integer::intValue).max().orElse(0),
				-schedule.getScore().hardScore());
	}

	/** A plan: who does what in which order, when each job starts, and its figures. */
	public record Plan(Schedule schedule, Timing timing, ProductionPlan.Figures figures) {
	}

	/** The two plans and how long the solver ran. */
	public record Result(Plan edd, Plan smart, long solverMillis) {
	}
}
