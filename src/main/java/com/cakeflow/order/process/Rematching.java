package com.cakeflow.order.process;

import com.cakeflow.staffing.StaffUnavailable;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Someone became unavailable: each of their open production and delivery tasks is matched to somebody else (or left
 * to the role's group when nobody is left), their committed minutes freed, and the order's timeline says why.
 */
@Component
class Rematching {

	private final TaskService tasks;
	private final OrderWorkflow workflow;

	Rematching(TaskService tasks, OrderWorkflow workflow) {
		this.tasks = tasks;
		this.workflow = workflow;
	}

	@EventListener
	void on(StaffUnavailable event) {
		for (var task : tasks.createTaskQuery().processDefinitionKey("cakeOrder").taskAssignee(event.username()).active().list()) {
			var stage = TaskEvents.STAGES.get(task.getTaskDefinitionKey());
			var orderId = tasks.getVariable(task.getId(), CakeOrderProcess.VAR_ORDER_ID);
			if (stage == null || orderId == null) {
				continue;
			}
			long id = ((Number) orderId).longValue();
			workflow.releaseMatch(id, stage);
			var match = workflow.match(id, stage.role());
			var next = match.map(m -> m.username()).orElse(null);
			workflow.log(id, "REMATCHED", stage + ": " + event.username() + " unavailable (" + event.reason() + ") → "
					+ (next == null ? "group " + stage.role().groupId() : next));
			tasks.setAssignee(task.getId(), next);
		}
	}
}
