package com.cakeflow.fulfillment;

import com.cakeflow.shared.DomainProblem;

/** No kitchen station task has this id (never had: a finished one is answered as done): 404. */
public class TaskNotFound extends DomainProblem {

	public TaskNotFound(String taskId) {
		super(404, "problem.kitchen.task-not-found", taskId);
	}
}
