package com.cakeflow.fulfillment;

import com.cakeflow.kitchen.Station;
import com.cakeflow.order.KitchenWorkStarted;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the kitchen display does to a station's Camunda task: start it (it becomes the starter's, with the time it was
 * started) and finish it (the task is completed; the process goes on to the next station). Both may be repeated — a
 * second tap, or an action a flaky connection sends again — without doing anything twice.
 */
@Service
public class KitchenTasks {

	/** Task-local variables the display shows: when the work began and who began it. */
	public static final String STARTED_AT = "startedAt";
	public static final String STARTED_BY = "startedBy";

	private final TaskService tasks;
	private final HistoryService history;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	KitchenTasks(TaskService tasks, HistoryService history, ApplicationEventPublisher events, Clock clock) {
		this.tasks = tasks;
		this.history = history;
		this.events = events;
		this.clock = clock;
	}

	/** What came of an action; {@code ALREADY_DONE} when the task was finished before (by this person or another). */
	public enum Outcome {
		STARTED, ALREADY_STARTED, DONE, ALREADY_DONE
	}

	@Transactional
	public Outcome start(String taskId, String user) {
		var task = stationTask(taskId);
		if (task.isEmpty()) {
			return Outcome.ALREADY_DONE;
		}
		if (tasks.getVariableLocal(taskId, STARTED_AT) != null && user.equals(task.get().getAssignee())) {
			return Outcome.ALREADY_STARTED;
		}
		if (!user.equals(task.get().getAssignee())) {
			tasks.setAssignee(taskId, user);
		}
		tasks.setVariableLocal(taskId, STARTED_AT, clock.instant().toString());
		tasks.setVariableLocal(taskId, STARTED_BY, user);
		var orderId = tasks.getVariable(taskId, "orderId");
		if (orderId instanceof Number id) {
			events.publishEvent(new KitchenWorkStarted(id.longValue(), station(task.get()), user));
		}
		return Outcome.STARTED;
	}

	@Transactional
	public Outcome done(String taskId, String user) {
		var task = stationTask(taskId);
		if (task.isEmpty()) {
			return Outcome.ALREADY_DONE;
		}
		if (!user.equals(task.get().getAssignee())) {
			tasks.setAssignee(taskId, user);
		}
		tasks.complete(taskId);
		return Outcome.DONE;
	}

	/** The open task of a kitchen station with this id; empty when it is finished; 404 when there never was one. */
	private Optional<Task> stationTask(String taskId) {
		var task = tasks.createTaskQuery().taskId(taskId).active().singleResult();
		if (task != null && Arrays.stream(Station.values()).anyMatch(s -> s.taskKey().equals(task.getTaskDefinitionKey()))) {
			return Optional.of(task);
		}
		var finished = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
		if (task == null && finished != null && Arrays.stream(Station.values()).anyMatch(s -> s.taskKey().equals(finished.getTaskDefinitionKey()))) {
			return Optional.empty();
		}
		throw new TaskNotFound(taskId);
	}

	private static Station station(Task task) {
		return Arrays.stream(Station.values()).filter(s -> s.taskKey().equals(task.getTaskDefinitionKey())).findFirst().orElseThrow();
	}
}
