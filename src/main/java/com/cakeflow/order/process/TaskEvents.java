package com.cakeflow.order.process;

import com.cakeflow.order.TimelineType;
import static com.cakeflow.order.process.CakeOrderProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Listens to every user task of the cake order process (Camunda's Spring event bridge, in the engine's transaction):
 * gives new tasks what their form shows, puts assignments and completions on the timeline, frees the person's
 * committed minutes, and refuses a hand-over with the wrong pickup code — whether it comes from our API, Tasklist or
 * /engine-rest.
 */
@Component
class TaskEvents {

	/** The stage each production and delivery task is (also what re-matching goes by). */
	static final Map<String, Stage> STAGES = Map.of(TASK_BAKE, Stage.BAKE, TASK_DECORATE, Stage.DECORATE, TASK_PACK, Stage.PACK,
			TASK_DELIVER, Stage.DELIVER);

	/** Task-local: the assignee the timeline already shows. */
	static final String ANNOUNCED_ASSIGNEE = "assignedTo";

	private final OrderWorkflow workflow;
	private final TaskDisplay display;
	private final LiveOrderBoard board;

	private final OrderAlerts alerts;
	private final FlavorSubstitution substitution;

	TaskEvents(OrderWorkflow workflow, OrderAlerts alerts, FlavorSubstitution substitution, TaskDisplay display, LiveOrderBoard board) {
		this.workflow = workflow;
		this.alerts = alerts;
		this.substitution = substitution;
		this.display = display;
		this.board = board;
	}

	@EventListener(condition = "#task.processDefinitionId != null && #task.processDefinitionId.startsWith('" + KEY + ":')")
	public void on(DelegateTask task) {
		var orderId = orderId(task);
		switch (task.getEventName()) {
			case TaskListener.EVENTNAME_CREATE -> {
				task.setVariablesLocal(display.variables(workflow.order(orderId), task.getTaskDefinitionKey()));
				if (TASK_RESOLVE_SHORTAGE.equals(task.getTaskDefinitionKey())) {
					var refused = task.getVariable(VAR_SUBSTITUTE_REFUSED);
					task.setVariableLocal(SHOWN_SHORTAGE, alerts.shortage(orderId)
							+ (refused == null || refused.toString().isEmpty() ? "" : "\n\n**换口味未成功 Substitution refused:** " + refused));
					task.setVariableLocal(SHOWN_SUBSTITUTE_OPTIONS, substitution.makeable(orderId).stream()
						.map(f -> f.code() + " " + f.nameZh() + (f.surchargeFen() > 0 ? " (+" + com.cakeflow.shared.Money.yuan(f.surchargeFen()) + ")" : ""))
						.collect(java.util.stream.Collectors.joining("、")));
				}
				task.setVariableLocal(ANNOUNCED_ASSIGNEE, task.getAssignee());
				workflow.log(orderId, TimelineType.TASK_CREATED, taskDetails(task));
			}
			case TaskListener.EVENTNAME_ASSIGNMENT -> assigned(task, orderId);
			case TaskListener.EVENTNAME_COMPLETE -> completed(task, orderId);
			default -> {
			}
		}
	}

	/** A (re)assignment after creation, e.g. claimed in Tasklist; the assignment that comes with creation is already logged. */
	private static java.util.Map<String, Object> taskDetails(DelegateTask task) {
		return TimelineType.details("task", task.getName(), "person", task.getAssignee(), TimelineType.VARIANT,
				task.getAssignee() == null ? "nobody" : null);
	}

	private void assigned(DelegateTask task, long orderId) {
		if (java.util.Objects.equals(task.getVariableLocal(ANNOUNCED_ASSIGNEE), task.getAssignee())) {
			return;
		}
		task.setVariableLocal(ANNOUNCED_ASSIGNEE, task.getAssignee());
		workflow.log(orderId, TimelineType.TASK_ASSIGNED, taskDetails(task));
	}

	private void completed(DelegateTask task, long orderId) {
		if (TASK_CONFIRM_INSCRIPTION.equals(task.getTaskDefinitionKey())) { // completed in Tasklist or by engine-rest: the clerk read it back
			workflow.inscriptionsReadBack(orderId);
		}
		if (TASK_HAND_OVER.equals(task.getTaskDefinitionKey())) {
			var code = task.getVariable(VAR_PICKUP_CODE);
			if (!workflow.order(orderId).pickupCodeMatches(code == null ? null : code.toString())) {
				throw new FormFieldValidationException(VAR_PICKUP_CODE, "wrong pickup code: the cake is not handed over");
			}
		}
		if (TASK_RESOLVE_SHORTAGE.equals(task.getTaskDefinitionKey()) && "SUBSTITUTE".equals(task.getVariable(VAR_SHORTAGE_DECISION))) {
			var flavor = task.getVariable(VAR_SUBSTITUTE_FLAVOR);
			var code = substitution.flavorCode(flavor == null ? null : flavor.toString());
			if (code.isEmpty()) {
				throw new FormFieldValidationException(VAR_SUBSTITUTE_FLAVOR, "unknown flavor: " + flavor + " (type a flavor code or name)");
			}
			task.setVariable(VAR_SUBSTITUTE_FLAVOR, code.get());
		}
		var stage = STAGES.get(task.getTaskDefinitionKey());
		if (stage != null) {
			workflow.stageDone(orderId, stage);
		}
		workflow.log(orderId, TimelineType.TASK_COMPLETED, taskDetails(task));
		var order = workflow.order(orderId);
		board.taskCompleted(order.storeId(), order.number(), task.getName(), task.getAssignee());
	}
}
