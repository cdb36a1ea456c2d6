package com.cakeflow.order.process;

import com.cakeflow.order.TimelineType;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewChange (non-interrupting change sub-process): the open tasks get the changed due time, inscription and
 * notes, a waiting no-show or delivery-late timer moves with the due time, and the timeline says whose task was updated, so nobody
 * works from a stale ticket.
 */
@Component("reviewChangeDelegate")
class ReviewChangeDelegate implements JavaDelegate {

	private final OrderWorkflow workflow;
	private final TaskDisplay display;
	private final TaskService tasks;
	private final ManagementService management;
	private final OrderSla sla;

	ReviewChangeDelegate(OrderWorkflow workflow, TaskDisplay display, TaskService tasks, ManagementService management, OrderSla sla) {
		this.workflow = workflow;
		this.display = display;
		this.tasks = tasks;
		this.management = management;
		this.sla = sla;
	}

	private static final java.util.Map<Stage, String> OVERDUE_TIMERS = java.util.Map.of(Stage.BAKE, CakeOrderProcess.TIMER_BAKE_OVERDUE,
			Stage.DECORATE, CakeOrderProcess.TIMER_DECORATE_OVERDUE, Stage.PACK, CakeOrderProcess.TIMER_PACK_OVERDUE, Stage.DELIVER,
			CakeOrderProcess.TIMER_DELIVER_OVERDUE);

	@Override
	public void execute(DelegateExecution execution) {
		var orderId = CakeOrderProcess.orderId(execution);
		var order = workflow.order(orderId);
		var open = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list();
		var due = sla.dueAt(execution);
		for (var task : open) {
			tasks.setVariablesLocal(task.getId(), display.variables(order, task.getTaskDefinitionKey()));
			if (task.getDueDate() != null && !task.getDueDate().equals(due)) {
				task.setDueDate(due);
				tasks.saveTask(task);
			}
		}
		management.createJobQuery().processInstanceId(execution.getProcessInstanceId()).activityId(CakeOrderProcess.TIMER_NO_SHOW).list()
			.forEach(timer -> management.setJobDuedate(timer.getId(), sla.noShowAt(execution)));
		management.createJobQuery().processInstanceId(execution.getProcessInstanceId()).activityId(CakeOrderProcess.TIMER_DELIVERY_LATE).list()
			.forEach(timer -> management.setJobDuedate(timer.getId(), due));
		for (var task : open) { // overdue timers follow the new latest finish of their stage
			var stage = TaskEvents.STAGES.get(task.getTaskDefinitionKey());
			if (stage != null) {
				management.createJobQuery().processInstanceId(execution.getProcessInstanceId()).activityId(OVERDUE_TIMERS.get(stage)).list()
					.forEach(timer -> management.setJobDuedate(timer.getId(), sla.overdueAt(orderId, stage, task.getCreateTime().toInstant())));
			}
		}
		workflow.log(orderId, TimelineType.CHANGE_PUSHED, open.isEmpty() ? TimelineType.details(TimelineType.VARIANT, "none")
				: TimelineType.details("tasks", open.stream().map(t -> TimelineType.details("task", t.getName(), "person", t.getAssignee())).toList()));
	}
}
