package com.cakeflow.fulfillment;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.kitchen.Station;
import com.cakeflow.order.KitchenWorkStarted;
import com.cakeflow.order.process.OrderTasks;
import com.cakeflow.order.process.Stage;
import java.time.Clock;
import java.util.Optional;
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

	private final OrderTasks orderTasks;
	private final TaskService tasks;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final CurrentActor actor;

	KitchenTasks(OrderTasks orderTasks, TaskService tasks, ApplicationEventPublisher events, Clock clock, CurrentActor actor) {
		this.orderTasks = orderTasks;
		this.tasks = tasks;
		this.events = events;
		this.clock = clock;
		this.actor = actor;
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
		orderTasks.orderId(taskId).ifPresent(id -> events.publishEvent(new KitchenWorkStarted(id, station(task.get()), user)));
		return Outcome.STARTED;
	}

	@Transactional
	public Outcome done(String taskId, String user) {
		var task = stationTask(taskId);
		if (task.isEmpty()) {
			return Outcome.ALREADY_DONE;
		}
		orderTasks.complete(task.get(), user);
		return Outcome.DONE;
	}

	/**
	 * The open task of a kitchen station with this id; empty when it is finished; 404 when there never was one, and for
	 * a task of a store the person does not work in (as if there were none).
	 */
	private Optional<Task> stationTask(String taskId) {
		var task = orderTasks.openTask(taskId);
		if (task.isPresent()) {
			if (Stage.ofTask(task.get().getTaskDefinitionKey()).flatMap(Stage::station).isPresent()
					&& orderTasks.storeId(task.get()).map(actor::actsFor).orElse(true)) {
				return task;
			}
			throw new TaskNotFound(taskId);
		}
		if (orderTasks.finishedStage(taskId).flatMap(Stage::station).isPresent()) {
			return Optional.empty();
		}
		throw new TaskNotFound(taskId);
	}

	private static Station station(Task task) {
		return Stage.ofTask(task.getTaskDefinitionKey()).flatMap(Stage::station).orElseThrow();
	}
}
