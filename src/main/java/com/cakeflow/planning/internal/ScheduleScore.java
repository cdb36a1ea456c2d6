package com.cakeflow.planning.internal;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.calculator.EasyScoreCalculator;

/**
 * The rules of a kitchen day. Hard (a plan breaking them cannot be worked): each job with a person of its role (1,000
 * a job), who has its skills (60 a missing skill), inside their shift (1 a minute outside); stages in order hold by
 * {@link Timing} (1,000 for a broken wait). Medium: minutes late at the due time, urgent orders three times.
 * Soft: a finished cake should not wait more than four hours for its customer (1 a minute beyond).
 */
public class ScheduleScore implements EasyScoreCalculator<Schedule, HardMediumSoftScore> {

	static final int FRESH_MINUTES = 240;

	@Override
	public HardMediumSoftScore calculateScore(Schedule schedule) {
		var timing = Timing.of(schedule.getWorkers());
		int hard = -1000 * timing.brokenWaits();
		int medium = 0;
		int soft = 0;
		for (var worker : schedule.getWorkers()) {
			for (var job : worker.getJobs()) {
				if (!job.getRole().equals(worker.role())) {
					hard -= 1000;
				}
				hard -= 60 * (int) job.getSkills().stream().filter(s -> !worker.skills().contains(s)).count();
				hard -= worker.minutesOutside(timing.start(job), timing.end(job));
				medium -= timing.lateness(job) * (job.isUrgent() ? 3 : 1);
				if (job.isLast() && job.getDue() - timing.end(job) > FRESH_MINUTES) {
					soft -= job.getDue() - timing.end(job) - FRESH_MINUTES;
				}
			}
		}
		return HardMediumSoftScore.of(hard, medium, soft);
	}
}
