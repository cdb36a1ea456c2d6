package com.cakeflow.order.process;

import static com.cakeflow.order.process.CakeOrderProcess.*;

import com.cakeflow.catalog.Catalog;
import com.cakeflow.catalog.Flavor;
import com.cakeflow.customer.Customers;
import com.cakeflow.identity.Stores;
import com.cakeflow.order.internal.CakeOrder;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a person working a task needs to see, as task-local variables for the Camunda Forms in {@code processes/forms/}
 * (process variables stay ids only): the cakes, inscriptions, due time, and for the counter and drivers the customer,
 * the address and what is owed. Each task gets only what its form (and, for the kitchen, the station queue) shows: a
 * baker sees no phone number, and a task costs no variable rows it does not use.
 */
@Component
class TaskDisplay {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (EEE)", java.util.Locale.SIMPLIFIED_CHINESE);

	private final Catalog catalog;
	private final Customers customers;
	private final Stores stores;

	TaskDisplay(Catalog catalog, Customers customers, Stores stores) {
		this.catalog = catalog;
		this.customers = customers;
		this.stores = stores;
	}

	private static final java.util.Set<String> KITCHEN = java.util.Set.of(SHOWN_ORDER_NUMBER, SHOWN_CAKES, SHOWN_INSCRIPTIONS, SHOWN_DUE_AT, SHOWN_FULFILLMENT, SHOWN_URGENT,
			SHOWN_NOTES);
	private static final java.util.Set<String> COUNTER = java.util.Set.of(SHOWN_ORDER_NUMBER, SHOWN_CAKES, SHOWN_DUE_AT, SHOWN_FULFILLMENT, SHOWN_URGENT, SHOWN_CUSTOMER_NAME,
			SHOWN_CUSTOMER_PHONE, SHOWN_BALANCE_DUE);
	private static final Map<String, java.util.Set<String>> SHOWN_BY_TASK = Map.of(
			CakeOrderProcess.TASK_BAKE, KITCHEN,
			CakeOrderProcess.TASK_DECORATE, KITCHEN,
			CakeOrderProcess.TASK_PACK, union(KITCHEN, java.util.Set.of(SHOWN_CUSTOMER_NAME)),
			CakeOrderProcess.TASK_HAND_OVER, COUNTER,
			CakeOrderProcess.TASK_DELIVER, union(COUNTER, java.util.Set.of(SHOWN_ADDRESS)),
			CakeOrderProcess.TASK_CONFIRM_INSCRIPTION, java.util.Set.of(SHOWN_ORDER_NUMBER, SHOWN_URGENT, SHOWN_CUSTOMER_NAME, SHOWN_CUSTOMER_PHONE, SHOWN_INSCRIPTIONS),
			CakeOrderProcess.TASK_RESOLVE_SHORTAGE, java.util.Set.of(SHOWN_ORDER_NUMBER, SHOWN_CAKES, SHOWN_DUE_AT, SHOWN_URGENT, SHOWN_CUSTOMER_NAME, SHOWN_CUSTOMER_PHONE));

	private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
		var both = new java.util.HashSet<>(a);
		both.addAll(b);
		return java.util.Set.copyOf(both);
	}

	/** The variables the task's form shows (all of them for a task this class does not know). */
	Map<String, Object> variables(CakeOrder order, String taskDefinitionKey) {
		var all = variables(order);
		var shown = SHOWN_BY_TASK.get(taskDefinitionKey);
		if (shown != null) {
			all.keySet().retainAll(shown);
		}
		return all;
	}

	Map<String, Object> variables(CakeOrder order) {
		var zone = stores.byId(order.storeId()).orElseThrow().zone();
		var customer = customers.byId(order.customerId()).orElseThrow();
		var vars = new LinkedHashMap<String, Object>();
		vars.put(SHOWN_ORDER_NUMBER, order.number());
		vars.put(SHOWN_CAKES, order.items().stream()
			.map(item -> item.sizeInches() + "寸 " + catalog.flavor(item.flavorCode()).map(Flavor::nameZh).orElse(item.flavorCode()) + " ×"
					+ item.quantity() + (item.addOns().isEmpty() ? "" : " + " + item.addOns().stream()
					.map(a -> catalog.addOn(a.addOnCode()).map(com.cakeflow.catalog.AddOn::nameZh).orElse(a.addOnCode())).collect(Collectors.joining("、"))))
			.collect(Collectors.joining("; ")));
		vars.put(SHOWN_INSCRIPTIONS, order.items().stream().filter(i -> i.inscription() != null)
			.map(i -> "#" + i.lineNo() + " 「" + i.inscription() + "」").collect(Collectors.joining("; ")));
		vars.put(SHOWN_DUE_AT, order.dueAt().atZone(zone).format(SHOWN));
		vars.put(SHOWN_FULFILLMENT, order.fulfillmentType().name());
		vars.put(SHOWN_URGENT, order.urgent() ? "加急 URGENT" : "");
		vars.put(SHOWN_NOTES, order.notes() == null ? "" : order.notes());
		vars.put(SHOWN_CUSTOMER_NAME, customer.name());
		vars.put(SHOWN_CUSTOMER_PHONE, customer.phone());
		vars.put(SHOWN_ADDRESS, order.address() == null ? "" : order.address());
		vars.put(SHOWN_BALANCE_DUE, com.cakeflow.shared.Money.yuan(order.balanceFen()));
		return vars;
	}
}
