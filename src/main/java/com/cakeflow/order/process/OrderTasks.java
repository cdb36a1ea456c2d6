package com.cakeflow.order.process;

import static com.cakeflow.order.process.CakeOrderProcess.KEY;
import static com.cakeflow.order.process.CakeOrderProcess.VAR_ORDER_ID;
import static com.cakeflow.order.process.CakeOrderProcess.VAR_ORDER_NUMBER;
import static com.cakeflow.order.process.CakeOrderProcess.VAR_STORE_ID;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The user tasks of the cake order process, for the modules that work them (kitchen display and queue, front desk,
 * driver, the shop-day simulation): which are open at a stage, which order a task belongs to, complete one. The
 * process key and the variable names stay here and in {@link CakeOrderProcess}.
 */
@Component
@NamedInterface("process")
public class OrderTasks {

	private final TaskService tasks;
	private final RuntimeService runtime;
	private final HistoryService history;

	OrderTasks(TaskService tasks, RuntimeService runtime, HistoryService history) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.history = history;
	}

	/** The open (not suspended) tasks of every order, to narrow further (assignee, paging, order). */
	public TaskQuery open() {
		return tasks.createTaskQuery().processDefinitionKey(KEY).active();
	}

	/** The open tasks of a stage, of every order. */
	public TaskQuery open(Stage stage) {
		return open().taskDefinitionKey(stage.taskKey());
	}

	/** The open tasks of a stage, of one store's orders. */
	public TaskQuery open(Stage stage, long storeId) {
		return open(stage).processVariableValueEquals(VAR_STORE_ID, storeId);
	}

	/** The open tasks of one order. */
	public List<Task> ofOrder(String orderNumber) {
		return open().processInstanceBusinessKey(orderNumber).list();
	}

	/** The finished tasks of the order process, to narrow further. */
	public HistoricTaskInstanceQuery finished() {
		return history.createHistoricTaskInstanceQuery().processDefinitionKey(KEY).finished();
	}

	/** The open task with this id, if it is a task of the order process. */
	public Optional<Task> openTask(String taskId) {
		return Optional.ofNullable(open().taskId(taskId).singleResult());
	}

	/** Whether a task with this id was one of the order process and is finished. */
	public Optional<Stage> finishedStage(String taskId) {
		var done = finished().taskId(taskId).singleResult();
		return done == null ? Optional.empty() : Stage.ofTask(done.getTaskDefinitionKey());
	}

	/** The store (id) of the order an open task is for. */
	public Optional<Long> storeId(Task task) {
		return tasks.getVariable(task.getId(), VAR_STORE_ID) instanceof Number id ? Optional.of(id.longValue()) : Optional.empty();
	}

	/** The order (id) an open task is for. */
	public Optional<Long> orderId(String taskId) {
		return tasks.getVariable(taskId, VAR_ORDER_ID) instanceof Number id ? Optional.of(id.longValue()) : Optional.empty();
	}

	/** The orders (ids) of process instances, read in one query. */
	public Map<String, Long> orderIds(Collection<String> processInstanceIds) {
		var ids = new HashMap<String, Long>();
		if (processInstanceIds.isEmpty()) {
			return ids;
		}
		runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new)).variableName(VAR_ORDER_ID).list()
			.forEach(v -> ids.put(v.getProcessInstanceId(), ((Number) v.getValue()).longValue()));
		return ids;
	}

	/** The order numbers of process instances, read in one query. */
	public Map<String, String> orderNumbers(Collection<String> processInstanceIds) {
		var numbers = new HashMap<String, String>();
		if (processInstanceIds.isEmpty()) {
			return numbers;
		}
		runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new)).variableName(VAR_ORDER_NUMBER).list()
			.forEach(v -> numbers.put(v.getProcessInstanceId(), String.valueOf(v.getValue())));
		return numbers;
	}

	/** The task-local variables (what its form shows) of several tasks, read in one query. */
	public Map<String, Map<String, Object>> shown(Collection<String> taskIds) {
		var shown = new HashMap<String, Map<String, Object>>();
		if (taskIds.isEmpty()) {
			return shown;
		}
		runtime.createVariableInstanceQuery().taskIdIn(taskIds.toArray(String[]::new)).list()
			.forEach(v -> shown.computeIfAbsent(v.getTaskId(), id -> new HashMap<>()).put(v.getName(), v.getValue()));
		return shown;
	}

	/** The order's process instance (for a link to Cockpit), if it still runs. */
	public Optional<String> instanceId(String orderNumber) {
		return runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(orderNumber).list().stream()
			.map(p -> p.getId()).findFirst();
	}

	/** The order number (business key) of a process instance. */
	public Optional<String> orderNumber(String processInstanceId) {
		return Optional.ofNullable(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult())
			.map(p -> p.getBusinessKey());
	}

	/** Completes the open task as this person (it becomes theirs first if it is not). */
	public void complete(Task task, String username) {
		complete(task, username, Map.of());
	}

	/** Completes the open task as this person, setting process variables ({@link CakeOrderProcess}'s names). */
	public void complete(Task task, String username, Map<String, Object> variables) {
		if (!username.equals(task.getAssignee())) {
			tasks.setAssignee(task.getId(), username);
		}
		tasks.complete(task.getId(), variables);
	}
}
