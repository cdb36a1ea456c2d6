package com.cakeflow.fulfillment;

import static com.cakeflow.order.process.CakeOrderProcess.*;

import com.cakeflow.kitchen.Capacity;
import com.cakeflow.kitchen.Station;
import com.cakeflow.order.process.OrderTasks;
import com.cakeflow.order.process.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A station's queue: its open tasks in the order they should be worked — urgent orders first, then the one whose
 * latest start time comes first. The latest start is the due time minus the minutes this station and the ones after it
 * still need (what the order booked), so a cake with a long decoration ahead of it starts baking earlier. The queue
 * holds the {@link #LIMIT} tasks due first (urgent ones always among them).
 */
@Service
@Transactional(readOnly = true)
public class KitchenQueue {

	static final int URGENT_PRIORITY = 80;
	/**
	 * At most this many tasks in a queue: a station works through fewer in a day, and a busy week has hundreds open
	 * (reading and showing all of them took 135 ms for the API and seconds for the kitchen display, issue 15).
	 */
	public static final int LIMIT = 100;

	private final OrderTasks tasks;
	private final Capacity bookings;

	KitchenQueue(OrderTasks tasks, Capacity bookings) {
		this.tasks = tasks;
		this.bookings = bookings;
	}

	/** The queue of a station of one store, of everyone at it or of one person ({@code assignee}). */
	public List<Entry> queue(Station station, String assignee, long storeId) {
		java.util.function.Supplier<org.camunda.bpm.engine.task.TaskQuery> query = () -> {
			var q = tasks.open(Stage.of(station), storeId);
			return assignee == null || assignee.isBlank() ? q : q.taskAssignee(assignee.strip());
		};
		// the tasks due first and the urgent ones due first, not every open task of the coming week (hundreds in a busy one)
		var byId = new java.util.LinkedHashMap<String, Task>();
		query.get().orderByDueDate().asc().listPage(0, LIMIT).forEach(t -> byId.put(t.getId(), t));
		query.get().taskMinPriority(URGENT_PRIORITY).orderByDueDate().asc().listPage(0, LIMIT).forEach(t -> byId.putIfAbsent(t.getId(), t));
		var open = List.copyOf(byId.values());
		if (open.isEmpty()) {
			return List.of();
		}
		// three queries for the whole queue: the tasks' form variables, the orders' ids, the orders' bookings
		var local = tasks.shown(open.stream().map(Task::getId).toList());
		var orderIds = tasks.orderIds(open.stream().map(Task::getProcessInstanceId).distinct().toList());
		var left = bookings.minutesFrom(orderIds.values(), station);
		return open.stream().map(task -> {
			var vars = local.getOrDefault(task.getId(), Map.of());
			var orderId = orderIds.get(task.getProcessInstanceId());
			var due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
			int minutesLeft = orderId == null ? 0 : left.getOrDefault(orderId, 0);
			var latestStart = due == null ? null : due.minus(Duration.ofMinutes(minutesLeft));
			return new Entry(task.getId(), text(vars, SHOWN_ORDER_NUMBER), task.getAssignee(), task.getPriority() >= URGENT_PRIORITY, due, latestStart,
					minutesLeft, text(vars, SHOWN_CAKES), text(vars, SHOWN_INSCRIPTIONS), text(vars, SHOWN_NOTES), text(vars, SHOWN_FULFILLMENT),
					vars.get(KitchenTasks.STARTED_AT) == null ? null : Instant.parse(vars.get(KitchenTasks.STARTED_AT).toString()),
					text(vars, KitchenTasks.STARTED_BY));
		}).sorted(Comparator.comparing((Entry e) -> !e.urgent()).thenComparing(Entry::latestStart, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Entry::orderNumber, Comparator.nullsLast(Comparator.naturalOrder()))).limit(LIMIT).toList();
	}

	private static String text(Map<String, Object> vars, String name) {
		var value = vars.get(name);
		return value == null ? "" : Objects.toString(value);
	}

	/** One open task of the station with what the person at the station needs to see. */
	public record Entry(String taskId, String orderNumber, String assignee, boolean urgent, Instant dueAt, Instant latestStart,
			int minutesLeft, String cakes, String inscriptions, String notes, String fulfillment, Instant startedAt, String startedBy) {

		public boolean started() {
			return startedAt != null;
		}
	}
}
