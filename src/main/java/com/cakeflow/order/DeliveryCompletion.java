package com.cakeflow.order;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.order.OrderProblems.OrderNotFound;
import com.cakeflow.order.OrderProblems.StageForbids;
import com.cakeflow.order.internal.CakeOrderRepository;
import com.cakeflow.order.process.CakeOrderProcess;
import com.cakeflow.order.process.OrderProcess;
import com.cakeflow.order.process.OrderTasks;
import com.cakeflow.order.process.OrderWorkflow;
import com.cakeflow.order.process.Stage;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A driver's deliveries and their proof: who took the cake (a name), a photo of it at the door, or both — one of them
 * is required. What is still owed is taken on the doorstep first; all of it in one transaction.
 */
@Service
public class DeliveryCompletion {

	private final CakeOrderRepository orders;
	private final OrderProcess process;
	private final OrderWorkflow workflow;
	private final OrderManagement management;
	private final OrderPhotos photos;
	private final CurrentActor actor;
	private final OrderTasks tasks;

	DeliveryCompletion(CakeOrderRepository orders, OrderProcess process, OrderWorkflow workflow, OrderManagement management, OrderPhotos photos,
			OrderTasks tasks, CurrentActor actor) {
		this.orders = orders;
		this.actor = actor;
		this.process = process;
		this.workflow = workflow;
		this.management = management;
		this.photos = photos;
		this.tasks = tasks;
	}

	/** The order numbers of a store's open deliveries of a driver or also of nobody yet, earliest due first. */
	@Transactional(readOnly = true)
	public List<String> openDeliveries(String driver, boolean unassignedToo, long storeId) {
		var query = tasks.open(Stage.DELIVER, storeId);
		var open = unassignedToo ? query.or().taskAssignee(driver).taskUnassigned().endOr().list() : query.taskAssignee(driver).list();
		if (open.isEmpty()) {
			return List.of();
		}
		// the order numbers of all the route's instances in one query, not one per task
		var numbers = tasks.orderNumbers(open.stream().map(t -> t.getProcessInstanceId()).distinct().toList());
		return open.stream().sorted(java.util.Comparator.comparing(t -> t.getDueDate() == null ? new java.util.Date(Long.MAX_VALUE) : t.getDueDate()))
			.map(t -> numbers.get(t.getProcessInstanceId())).filter(java.util.Objects::nonNull).toList();
	}

	/** Marks the order delivered; {@code method} is needed when a balance is owed, {@code photo} may be null. */
	@Transactional
	public OrderStatus delivered(String number, String recipientName, String method, byte[] photo, String driver) {
		var recipient = recipientName == null ? "" : recipientName.strip();
		boolean hasPhoto = photo != null && photo.length > 0;
		if (recipient.isEmpty() && !hasPhoto) {
			throw new InvalidRequest(new FieldProblem("recipientName", "order.delivery.proof-required"));
		}
		if (recipient.length() > 50) {
			throw new InvalidRequest(new FieldProblem("recipientName", "order.delivery.recipient-too-long", 50));
		}
		var order = orders.lockByNumber(number).filter(o -> actor.actsFor(o.storeId())).orElseThrow(() -> new OrderNotFound(number));
		var task = process.openTask(number, CakeOrderProcess.TASK_DELIVER)
			.orElseThrow(() -> new StageForbids("recipientName", "order.delivery.not-out", order.status()));
		management.settleBalance(number, method);
		if (hasPhoto) {
			photos.add(number, OrderPhotos.Kind.DELIVERY, photo);
		}
		workflow.log(order.id(), TimelineType.DELIVERED_TO, recipient.isEmpty() ? TimelineType.details(TimelineType.VARIANT, "photo")
				: TimelineType.details("recipient", recipient));
		tasks.complete(task, driver, Map.of(CakeOrderProcess.VAR_RECIPIENT_NAME, recipient.isEmpty() ? "(photo)" : recipient));
		return order.status();
	}
}
