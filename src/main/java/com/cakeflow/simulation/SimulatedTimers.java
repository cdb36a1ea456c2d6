package com.cakeflow.simulation;

import com.cakeflow.order.process.Rematching;
import org.camunda.bpm.engine.ManagementService;

/** What runs on its own in a shop day, fired by the simulation's clock: the process's due timers and the shift check. */
final class SimulatedTimers {

	private final ManagementService management;
	private final Rematching rematching;

	SimulatedTimers(ManagementService management, Rematching rematching) {
		this.management = management;
		this.rematching = rematching;
	}

	/** Fires the timers that are due, as the job executor would; returns how many were stage-overdue timers. */
	int fireDue() {
		int overdue = 0;
		for (var job : management.createJobQuery().timers().executable().list()) {
			var definition = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
			if (definition != null && definition.getActivityId().endsWith("Overdue")) {
				overdue++;
			}
			management.executeJob(job.getId());
		}
		return overdue;
	}

	/** People whose shift is over hand their tasks over (the 5-minute job). */
	void shiftsEnded() {
		rematching.shiftsEnded();
	}
}
