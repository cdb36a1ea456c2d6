package com.cakeflow.planning;

import com.cakeflow.identity.StoreInfo;
import com.cakeflow.identity.Stores;
import com.cakeflow.inventory.Inventory;
import com.cakeflow.inventory.PrepLine;
import com.cakeflow.order.ProductionWork;
import com.cakeflow.planning.internal.Job;
import com.cakeflow.planning.internal.PlanRepository;
import com.cakeflow.planning.internal.PlanningProperties;
import com.cakeflow.planning.internal.Solving;
import com.cakeflow.planning.internal.Worker;
import com.cakeflow.staffing.StaffRoster;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily production plan: the open stages of the orders due on a day, planned per person (skills, shifts, one
 * thing at a time, stages in order, on time, fresh) by Timefold Solver starting from the earliest-due-date plan, stored
 * with both plans' figures; and the prep list of semi-finished goods to make ahead, netted against stock.
 */
@Service
public class ProductionPlanner {

	private final ProductionWork work;
	private final StaffRoster roster;
	private final Inventory inventory;
	private final Stores stores;
	private final PlanRepository plans;
	private final Clock clock;
	private final Solving solving;
	private final org.springframework.transaction.support.TransactionTemplate transactions;

	ProductionPlanner(ProductionWork work, StaffRoster roster, Inventory inventory, Stores stores, PlanRepository plans, Clock clock,
			org.springframework.transaction.PlatformTransactionManager transactionManager, PlanningProperties properties) {
		this.work = work;
		this.roster = roster;
		this.inventory = inventory;
		this.stores = stores;
		this.plans = plans;
		this.clock = clock;
		this.solving = new Solving(properties.solverLimit(), properties.unimprovedLimit());
		this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
	}

	/**
	 * Plans the store's day now and keeps the plan (the latest one is what the page shows). The solver runs outside any
	 * transaction; the plan and its tasks are written in one.
	 */
	public ProductionPlan plan(StoreInfo store, LocalDate day, String actor) {
		var midnight = day.atStartOfDay(store.zone());
		var orders = work.due(store.id(), midnight.toInstant(), midnight.plusDays(1).toInstant());
		var people = roster.people(store.id());
		var stageRoles = orders.stream().flatMap(o -> o.stages().stream()).map(s -> s.role()).collect(java.util.stream.Collectors.toSet());
		var workers = people.stream().filter(p -> stageRoles.contains(p.role())).map(p -> new Worker(p.username(), p.role().name(), minute(p.shift().start()), minute(p.shift().end()), p.skills()))
			.toList();
		var jobs = new ArrayList<Job>();
		var notes = new ArrayList<String>();
		var orderWork = new java.util.HashMap<Long, ProductionWork.OrderWork>();
		for (var order : orders) {
			orderWork.put(order.orderId(), order);
			var roles = workers.stream().map(Worker::role).collect(java.util.stream.Collectors.toSet());
			var planned = order.stages().stream().filter(s -> roles.contains(s.role().name())).toList();
			int afterLast = 0;
			for (int i = order.stages().size() - 1; i >= 0 && !planned.contains(order.stages().get(i)); i--) {
				afterLast += order.stages().get(i).minutes();
			}
			order.stages().stream().filter(s -> !planned.contains(s))
				.forEach(s -> notes.add(order.number() + " " + s.stage() + ": nobody of role " + s.role() + " on the roster"));
			int due = (int) Duration.between(midnight.toInstant(), order.dueAt()).toMinutes() - afterLast;
			String previous = null;
			for (int i = 0; i < planned.size(); i++) {
				var stage = planned.get(i);
				var job = new Job(order.orderId(), order.number(), stage.stage(), i, stage.role().name(), stage.minutes(), stage.skills(), due,
						order.urgent(), i == planned.size() - 1, previous);
				jobs.add(job);
				previous = job.getId();
			}
		}
		var result = solving.solve(workers, jobs);
		var timing = result.smart().timing();
		var tasks = new ArrayList<ProductionPlan.Task>();
		for (var worker : result.smart().schedule().getWorkers()) {
			for (var job : worker.getJobs()) {
				var order = orderWork.get(job.getOrderId());
				tasks.add(new ProductionPlan.Task(worker.username(), job.getOrderId(), job.getOrderNumber(), job.getStage(), order.summary(),
						at(midnight, timing.start(job)), at(midnight, timing.end(job)), order.dueAt(), order.urgent(), order.depositPending(),
						timing.lateness(job)));
			}
		}
		var plan = new ProductionPlan(0, store.code(), day, clock.instant(), actor, orders.size(), result.solverMillis(), result.smart().figures(),
				result.edd().figures(), tasks, notes.isEmpty() ? null : String.join("\n", notes));
		long id = transactions.execute(status -> plans.save(store.id(), plan));
		return latest(store, day).filter(p -> p.id() == id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<ProductionPlan> latest(StoreInfo store, LocalDate day) {
		return plans.latest(store.id(), store.code(), day);
	}

	/** What to make ahead for the day's open orders, netted against what they hold and what is free in stock now. */
	@Transactional // not read-only: the orders' work minutes come from a DMN evaluation, which writes its history
	public List<PrepLine> prepList(StoreInfo store, LocalDate day) {
		var midnight = day.atStartOfDay(store.zone());
		var cakes = work.due(store.id(), midnight.toInstant(), midnight.plusDays(1).toInstant()).stream()
			.filter(o -> o.stages().stream().anyMatch(s -> s.stage().equals("BAKE"))).flatMap(o -> o.cakes().stream()).toList();
		return inventory.prepList(store.id(), day, store.zone(), cakes);
	}

	/** Plans tomorrow for every store (the evening job). */
	public List<ProductionPlan> planTomorrow(String actor) {
		var plans = new ArrayList<ProductionPlan>();
		for (var store : stores.all()) {
			plans.add(plan(store, clock.instant().atZone(store.zone()).toLocalDate().plusDays(1), actor));
		}
		return plans;
	}

	private static int minute(java.time.LocalTime time) {
		return time.toSecondOfDay() / 60;
	}

	private static java.time.Instant at(ZonedDateTime midnight, int minute) {
		return midnight.toInstant().plusSeconds(60L * minute);
	}
}
