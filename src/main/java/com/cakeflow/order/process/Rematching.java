package com.cakeflow.order.process;

import com.cakeflow.order.TimelineType;
import com.cakeflow.staffing.MatchRequest;
import com.cakeflow.staffing.StaffMatching;
import com.cakeflow.staffing.StaffUnavailable;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves open production and delivery tasks to somebody else when their person cannot do them: marked unavailable
 * (every open task of theirs), or off shift and not back before a task's latest start ({@link #shiftsEnded()}, every
 * few minutes). The most pressing tasks are re-matched first (urgent, then the earliest latest start), so they get the
 * best people; committed minutes follow and the order's timeline says why.
 */
@Component
@org.springframework.modulith.NamedInterface("process")
public class Rematching {

	private final TaskService tasks;
	private final RuntimeService runtime;
	private final OrderWorkflow workflow;
	private final StaffMatching matching;

	private final StageMatching stages;

	Rematching(TaskService tasks, RuntimeService runtime, OrderWorkflow workflow, StageMatching stages, StaffMatching matching) {
		this.stages = stages;
		this.tasks = tasks;
		this.runtime = runtime;
		this.workflow = workflow;
		this.matching = matching;
	}

	@EventListener
	void on(StaffUnavailable event) {
		for (var open : openTasks(tasks.createTaskQuery().processDefinitionKey(CakeOrderProcess.KEY).taskAssignee(event.username()).active().list())) {
			rematch(open, event.username() + " unavailable (" + event.reason() + ")");
		}
	}

	/** Hands over the open tasks of people whose shift is over and who are not back in time; returns how many moved. */
	@Transactional
	public int shiftsEnded() {
		int moved = 0;
		var assigned = tasks.createTaskQuery().processDefinitionKey(CakeOrderProcess.KEY).taskAssigned().active().list();
		// only tasks of people off shift right now are looked at closer (which evaluates their work minutes)
		var offShift = matching.offShiftNow(assigned.stream().map(Task::getAssignee).collect(java.util.stream.Collectors.toSet()));
		for (var open : openTasks(assigned.stream().filter(t -> offShift.contains(t.getAssignee())).toList())) {
			var why = matching.shiftOver(open.task().getAssignee(), open.request());
			if (why.isPresent()) {
				rematch(open, open.task().getAssignee() + " " + why.get());
				moved++;
			}
		}
		return moved;
	}

	private void rematch(OpenTask open, String why) {
		long orderId = open.request().orderId();
		stages.releaseMatch(orderId, open.stage());
		var next = stages.match(orderId, open.stage().role()).map(m -> m.username()).orElse(null);
		workflow.log(orderId, TimelineType.REMATCHED, next == null
				? TimelineType.details("stage", open.stage().name(), "why", why, "role", open.stage().role().name(), TimelineType.VARIANT, "group")
				: TimelineType.details("stage", open.stage().name(), "why", why, "to", next));
		tasks.setAssignee(open.task().getId(), next);
	}

	/** The production and delivery tasks among these, most pressing first (one variable query for all of them). */
	private List<OpenTask> openTasks(List<Task> candidates) {
		var staged = candidates.stream().filter(t -> TaskEvents.STAGES.containsKey(t.getTaskDefinitionKey())).toList();
		if (staged.isEmpty()) {
			return List.of();
		}
		var orderIds = new java.util.HashMap<String, Long>();
		runtime.createVariableInstanceQuery().processInstanceIdIn(staged.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new))
			.variableName(CakeOrderProcess.VAR_ORDER_ID).list()
			.forEach(v -> orderIds.put(v.getProcessInstanceId(), ((Number) v.getValue()).longValue()));
		var open = new ArrayList<OpenTask>();
		for (var task : staged) {
			var orderId = orderIds.get(task.getProcessInstanceId());
			if (orderId != null) {
				var stage = TaskEvents.STAGES.get(task.getTaskDefinitionKey());
				open.add(new OpenTask(task, stage, stages.matchRequest(orderId, stage)));
			}
		}
		open.sort(java.util.Comparator.comparing(OpenTask::request, MatchRequest.MOST_PRESSING_FIRST));
		return open;
	}

	private record OpenTask(Task task, Stage stage, MatchRequest request) {
	}
}
