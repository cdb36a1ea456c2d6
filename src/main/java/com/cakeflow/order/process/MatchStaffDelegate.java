package com.cakeflow.order.process;

import com.cakeflow.identity.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_MatchBaker / Task_MatchDecorator / Task_MatchPacker / Task_MatchDriver: picks the person for the next stage
 * (input parameter {@code role}) and puts their username into {@code bakerId}, {@code decoratorId}, ... for the user
 * task's assignee. Nobody found leaves the assignee empty: the task then waits for its candidate group.
 */
@Component("matchStaffDelegate")
class MatchStaffDelegate implements JavaDelegate {

	private final StageMatching matching;

	MatchStaffDelegate(StageMatching matching) {
		this.matching = matching;
	}

	@Override
	public void execute(DelegateExecution execution) {
		var role = Role.valueOf((String) execution.getVariable(CakeOrderProcess.IN_ROLE));
		var match = matching.match(CakeOrderProcess.orderId(execution), role);
		execution.getProcessInstance().setVariable(CakeOrderProcess.assigneeVariable(role.name()), match.map(m -> m.username()).orElse(null));
	}
}
