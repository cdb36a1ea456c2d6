package com.cakeflow.order;

import com.cakeflow.catalog.Catalog;
import com.cakeflow.identity.Role;
import com.cakeflow.inventory.CakeLine;
import com.cakeflow.order.internal.CakeOrderRepository;
import com.cakeflow.order.process.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work still to be done for a store's open orders due in a time range — per order its stages not yet done, with
 * minutes (work-minutes.dmn), skills and who does them — what a production plan is made from.
 */
@Service
@Transactional // not read-only: evaluating work-minutes.dmn writes its decision history
public class ProductionWork {

	private final CakeOrderRepository orders;
	private final com.cakeflow.order.process.StageMatching workflow;
	private final Catalog catalog;

	ProductionWork(CakeOrderRepository orders, com.cakeflow.order.process.StageMatching workflow, Catalog catalog) {
		this.orders = orders;
		this.workflow = workflow;
		this.catalog = catalog;
	}

	public List<OrderWork> due(long storeId, Instant from, Instant to) {
		var work = new ArrayList<OrderWork>();
		for (var order : orders.dueBetween(storeId, from, to, EnumSet.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED))) {
			var remaining = remaining(order.status(), order.fulfillmentType());
			if (remaining.isEmpty()) {
				continue;
			}
			var stages = new ArrayList<StageWork>();
			for (var request : workflow.matchRequests(order.id(), remaining)) {
				stages.add(new StageWork(request.stage(), request.role(), request.minutes(), request.requiredSkills()));
			}
			var summary = order.items().stream().map(item -> item.sizeInches() + "寸 "
					+ catalog.flavor(item.flavorCode()).map(f -> f.name(Locale.SIMPLIFIED_CHINESE)).orElse(item.flavorCode()) + " ×" + item.quantity())
				.collect(Collectors.joining(", "));
			var cakes = order.items().stream().map(item -> new CakeLine(item.flavorCode(), item.sizeInches(), item.quantity())).toList();
			work.add(new OrderWork(order.id(), order.number(), order.dueAt(), order.urgent(), order.status() == OrderStatus.AWAITING_DEPOSIT,
					order.fulfillmentType(), summary, cakes, stages));
		}
		return work;
	}

	/** The stages an order in this status still has ahead of it (the one in progress included). */
	static List<Stage> remaining(OrderStatus status, FulfillmentType type) {
		var all = new ArrayList<>(List.of(Stage.BAKE, Stage.DECORATE, Stage.PACK));
		if (type == FulfillmentType.DELIVERY) {
			all.add(Stage.DELIVER);
		}
		int from = switch (status) {
			case RECEIVED, AWAITING_DEPOSIT, CONFIRMED, BAKING -> 0;
			case DECORATING -> 1;
			case PACKING -> 2;
			case READY_FOR_PICKUP -> 3;
			case OUT_FOR_DELIVERY -> 3;
			case COMPLETED, CANCELLED -> all.size();
		};
		return from >= all.size() ? List.of() : all.subList(from, all.size());
	}

	/**
	 * An open order and the stages it still needs, in order; {@code depositPending} when its deposit is not paid yet (it is
	 * planned, since the shop promised it, but nobody may start it before the deposit is in).
	 */
	public record OrderWork(long orderId, String number, Instant dueAt, boolean urgent, boolean depositPending, FulfillmentType fulfillmentType, String summary,
			List<CakeLine> cakes, List<StageWork> stages) {
	}

	/** One stage of work: who (role), how long, which skills. */
	public record StageWork(String stage, Role role, int minutes, Set<String> skills) {
	}
}
