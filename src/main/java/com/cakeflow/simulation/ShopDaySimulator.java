package com.cakeflow.simulation;

import com.cakeflow.fulfillment.KitchenQueue;
import com.cakeflow.identity.Role;
import com.cakeflow.kitchen.CakeWork;
import com.cakeflow.kitchen.Station;
import com.cakeflow.kitchen.WorkMinutes;
import com.cakeflow.order.NewOrderRequest;
import com.cakeflow.order.process.CakeOrderProcess;
import com.cakeflow.order.process.OrderTasks;
import com.cakeflow.order.process.Stage;
import com.cakeflow.shared.DomainProblem;
import com.cakeflow.staffing.StaffRoster;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Replays a scenario's day through the real order intake (capacity check included), the real {@code cakeOrder}
 * process and the real matching, on a {@link SimulationClock}, with simulated staff who work the tasks during their
 * shifts and take as long as the scenario says. Two ways of working are compared on the same orders and durations:
 * <ul>
 * <li><b>SMART</b>: a free person takes the most pressing task in the station queue (urgent, then latest start) that
 * they can do among those CakeFlow matched to them, those left to the group, and those matched to someone busy or
 * not at work; people whose shift is over hand over (the 5-minute job runs every 10 simulated minutes);</li>
 * <li><b>FIFO</b>: whoever of the role is free takes the oldest open task they can do (how shops work without
 * planning).</li>
 * </ul>
 * Longer than our 350 lines on purpose: it is one discrete-event loop over one run's state (events, people, who is
 * busy until when, the orders and their times); split, each piece would take that state as parameters.
 */
public class ShopDaySimulator {

	public enum Strategy {
		SMART, FIFO
	}

	private static final Set<Role> WORKING_ROLES = Set.of(Role.BAKER, Role.DECORATOR, Role.FRONTDESK, Role.DRIVER);
	private static final Duration TICK = Duration.ofMinutes(10);

	private final SimulatedShop shop;
	private final SimulatedCounter counter;
	private final SimulatedTimers timers;
	private final OrderTasks orderTasks;
	private final TaskService tasks;
	private final KitchenQueue queue;
	private final WorkMinutes workMinutes;
	private final SimulationClock clock;

	ShopDaySimulator(SimulatedShop shop, SimulatedCounter counter, SimulatedTimers timers, OrderTasks orderTasks, TaskService tasks,
			KitchenQueue queue, WorkMinutes workMinutes, SimulationClock clock) {
		this.shop = shop;
		this.counter = counter;
		this.timers = timers;
		this.orderTasks = orderTasks;
		this.tasks = tasks;
		this.queue = queue;
		this.workMinutes = workMinutes;
		this.clock = clock;
	}

	/** One simulated day from midnight of {@code day} until every accepted order is done (at most four days). */
	public SimulationReport run(Scenario scenario, Strategy strategy, double volume, LocalDate day) {
		long began = System.nanoTime();
		var people = people(scenario);
		var store = shop.open(scenario.store(), people);
		var zone = store.zone();
		var start = day.atStartOfDay(zone).toInstant();
		clock.set(start);

		var run = new Run(scenario, strategy, store.id(), zone, people, start);
		for (var arrival : Arrivals.of(scenario, day, zone)) {
			run.events.add(new Event(arrival.at(), run.sequence++, EventType.ARRIVAL, arrival, null, null));
		}
		for (int d = 0; d < 4; d++) {
			for (var person : people) {
				run.events.add(new Event(day.plusDays(d).atTime(person.shift().start()).atZone(zone).toInstant(), run.sequence++, EventType.WAKE, null, null, null));
			}
		}
		run.events.add(new Event(start, run.sequence++, EventType.TICK, null, null, null));
		var horizon = start.plus(Duration.ofDays(4));
		while (!run.events.isEmpty()) {
			var event = run.events.poll();
			if (event.at().isAfter(horizon)) {
				break;
			}
			clock.set(event.at());
			switch (event.type()) {
				case ARRIVAL -> arrive(run, event.arrival());
				case FINISH -> finish(run, event);
				case PICKUP -> pickUp(run, event.orderNumber());
				case TICK -> {
					if (strategy == Strategy.SMART) {
						timers.shiftsEnded();
					}
					run.overdueAlerts += timers.fireDue();
					if (!run.allDone() || run.events.stream().anyMatch(e -> e.type() == EventType.ARRIVAL)) {
						run.events.add(new Event(event.at().plus(TICK), run.sequence++, EventType.TICK, null, null, null));
					}
				}
				case WAKE -> {
				}
			}
			dispatch(run);
			if (run.allDone() && run.events.stream().noneMatch(e -> e.type() == EventType.ARRIVAL)) {
				break;
			}
		}
		return report(run, volume, System.nanoTime() - began);
	}

	private static List<StaffRoster.Person> people(Scenario scenario) {
		return scenario.staff().stream().map(p -> {
			var times = p.shift().split("-");
			return new StaffRoster.Person(p.username(), p.name(), Role.valueOf(p.role()),
					new StaffRoster.Shift(p.username(), LocalTime.parse(times[0].strip()), LocalTime.parse(times[1].strip())), Set.copyOf(p.skills()));
		}).toList();
	}

	private void arrive(Run run, Arrivals.Arrival arrival) {
		run.arrived++;
		String last = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			var request = arrival.request(attempt);
			try {
				var placed = counter.take(request);
				var due = java.time.LocalDateTime.parse(request.fulfillment().dueAt()).atZone(run.zone).toInstant();
				run.orders.put(placed.orderNumber(), new SimOrder(placed.orderNumber(), arrival.sequence(), due, request.fulfillment().type().equals("DELIVERY"),
						placed.pickupCode(), minutes(request), skills(request)));
				return;
			}
			catch (DomainProblem problem) {
				if (problem.status() == 409) {
					run.turnedAway++;
					return;
				}
				// 422 (e.g. the flavor's lead time): the customer takes the next day
				last = problem.fieldProblems().isEmpty() ? problem.code()
						: problem.fieldProblems().stream().map(f -> f.code()).collect(java.util.stream.Collectors.joining(","));
			}
		}
		run.refused.merge(last, 1, Integer::sum);
	}

	/** What each stage asks of the person doing it, by the kitchen's rule (as matching sees it). */
	static Map<String, Set<String>> skills(NewOrderRequest request) {
		var work = cakes(request);
		return Map.of("BAKE", CakeWork.skills(work, Station.BAKE), "DECORATE", CakeWork.skills(work, Station.DECORATE));
	}

	private static List<CakeWork> cakes(NewOrderRequest request) {
		return request.items().stream().map(i -> new CakeWork(i.sizeInches(), i.addOns(), i.inscription(), i.quantity())).toList();
	}

	private Map<String, Integer> minutes(NewOrderRequest request) {
		var byStation = workMinutes.of(cakes(request));
		return Map.of("BAKE", byStation.get(Station.BAKE), "DECORATE", byStation.get(Station.DECORATE), "PACK", byStation.get(Station.PACK));
	}

	private void finish(Run run, Event event) {
		var person = event.person();
		run.busyUntil.remove(person);
		var task = tasks.createTaskQuery().taskId(event.taskId()).singleResult();
		run.taken.remove(event.taskId());
		if (task == null) { // the order was cancelled meanwhile
			return;
		}
		var order = event.orderNumber() == null ? null : run.orders.get(event.orderNumber());
		var stage = stageOf(task.getTaskDefinitionKey());
		tasks.complete(task.getId(), "DELIVER".equals(stage) ? Map.of(CakeOrderProcess.VAR_RECIPIENT_NAME, "收件人") : Map.of());
		if (order == null) {
			return;
		}
		var now = clock.instant();
		if ("PACK".equals(stage) && !order.delivery()) {
			order.doneAt = now;
			run.events.add(new Event(now.isAfter(order.due()) ? now : order.due(), run.sequence++, EventType.PICKUP, null, null, order.number()));
		}
		if ("DELIVER".equals(stage)) {
			order.doneAt = now;
		}
	}

	private void pickUp(Run run, String number) {
		var order = run.orders.get(number);
		counter.handOver(number, order.pickupCode());
	}

	/** Every free person on shift takes their next task. */
	private void dispatch(Run run) {
		var now = clock.instant();
		var local = now.atZone(run.zone).toLocalTime();
		for (var person : run.people) {
			if (run.busyUntil.containsKey(person.username()) || !person.shift().covers(local)) {
				continue;
			}
			var task = next(run, person);
			if (task == null) {
				continue;
			}
			tasks.setAssignee(task.getId(), person.username());
			var order = run.orders.get(run.numbers.get(task.getProcessInstanceId()));
			var stage = stageOf(task.getTaskDefinitionKey());
			int minutes = order == null ? 30 : order.actualMinutes(stage, run.scenario);
			var end = now.plus(Duration.ofMinutes(minutes));
			run.taken.add(task.getId());
			run.busyUntil.put(person.username(), end);
			run.busyMinutes.merge(person.username(), (long) minutes, Long::sum);
			run.events.add(new Event(end, run.sequence++, EventType.FINISH, null, task.getId(), order == null ? null : order.number(), person.username()));
		}
	}

	private static String stageOf(String taskDefinitionKey) {
		return Stage.ofTask(taskDefinitionKey).map(Enum::name).orElse(null);
	}

	private Task next(Run run, StaffRoster.Person person) {
		if (!WORKING_ROLES.contains(person.role())) {
			return null;
		}
		var stage = Stage.ofRole(person.role());
		var open = orderTasks.open(stage, run.storeId).list().stream()
			.filter(t -> !run.taken.contains(t.getId()) && able(run, person, t)).toList();
		if (open.isEmpty()) {
			return null;
		}
		if (run.strategy == Strategy.FIFO) {
			return open.stream().min(Comparator.comparing(Task::getCreateTime).thenComparing(Task::getId)).orElseThrow();
		}
		// SMART: the station queue's most pressing task this person can do, among their own, those left to the group and
		// those matched to someone who is busy with another task or not at work (the queue screen, not the order they came in)
		var local = clock.instant().atZone(run.zone).toLocalTime();
		var candidates = open.stream().filter(t -> t.getAssignee() == null || person.username().equals(t.getAssignee())
				|| run.busyUntil.containsKey(t.getAssignee()) || run.people.stream().noneMatch(p -> p.username().equals(t.getAssignee()) && p.shift().covers(local)))
			.toList();
		if (candidates.isEmpty()) {
			return null;
		}
		var ids = candidates.stream().map(Task::getId).collect(java.util.stream.Collectors.toSet());
		var station = stage.station();
		if (station.isPresent()) { // urgent first, then latest start
			var ordered = queue.queue(station.get(), null, run.storeId).stream().map(KitchenQueue.Entry::taskId).filter(ids::contains).findFirst();
			if (ordered.isPresent()) {
				return candidates.stream().filter(t -> t.getId().equals(ordered.get())).findFirst().orElseThrow();
			}
		}
		return candidates.stream().min(Comparator.comparing((Task t) -> t.getPriority() < 80).thenComparing(t -> t.getDueDate() == null
				? Instant.MAX : t.getDueDate().toInstant())).orElseThrow();
	}

	/**
	 * Whether the person can do the task: they have the skills it needs, or nobody of their role has them (then somebody
	 * must do it anyway). Both ways of working respect this: a decorator without calligraphy does not write Chinese.
	 */
	private boolean able(Run run, StaffRoster.Person person, Task task) {
		var order = run.orders.get(run.numbers.computeIfAbsent(task.getProcessInstanceId(),
				id -> orderTasks.orderNumber(id).orElseThrow()));
		var needed = order == null ? Set.<String>of() : order.skills().getOrDefault(stageOf(task.getTaskDefinitionKey()), Set.of());
		return person.skills().containsAll(needed)
				|| run.people.stream().noneMatch(p -> p.role() == person.role() && p.skills().containsAll(needed));
	}

	private SimulationReport report(Run run, double volume, long nanos) {
		var late = new ArrayList<Integer>();
		int onTime = 0;
		int finished = 0;
		for (var order : run.orders.values()) {
			if (order.doneAt == null) {
				continue;
			}
			finished++;
			int minutes = (int) Math.max(0, Duration.between(order.due(), order.doneAt).toMinutes());
			late.add(minutes);
			if (minutes == 0) {
				onTime++;
			}
		}
		late.sort(Integer::compare);
		var stageMinutes = new LinkedHashMap<String, Double>();
		var sums = new TreeMap<String, double[]>();
		for (var task : orderTasks.finished().list()) {
			var stage = stageOf(task.getTaskDefinitionKey());
			if (stage != null && task.getEndTime() != null) {
				var sum = sums.computeIfAbsent(stage, s -> new double[2]);
				sum[0] += Duration.between(task.getStartTime().toInstant(), task.getEndTime().toInstant()).toMinutes();
				sum[1]++;
			}
		}
		for (var stage : List.of("BAKE", "DECORATE", "PACK", "DELIVER")) {
			if (sums.containsKey(stage)) {
				stageMinutes.put(stage, Math.round(10 * sums.get(stage)[0] / sums.get(stage)[1]) / 10.0);
			}
		}
		var utilisation = new LinkedHashMap<String, Integer>();
		// shift time over the same days for every way of working: from the day of arrivals to the last due day
		var lastDue = run.orders.values().stream().map(SimOrder::due).max(Comparator.naturalOrder()).orElse(run.start);
		long days = 1 + Duration.between(run.start, lastDue).toDays();
		for (var person : run.people) {
			long shiftMinutes = days * person.shift().minutesWithin(LocalTime.MIDNIGHT, null);
			utilisation.put(person.username(), shiftMinutes == 0 ? 0 : (int) Math.round(100.0 * run.busyMinutes.getOrDefault(person.username(), 0L) / shiftMinutes));
		}
		int p95 = late.isEmpty() ? 0 : late.get((int) Math.ceil(0.95 * late.size()) - 1);
		return new SimulationReport(run.scenario.name(), run.strategy.name(), volume, run.scenario.seed(), run.arrived, run.orders.size(),
				run.turnedAway, run.refused.values().stream().mapToInt(Integer::intValue).sum(), Map.copyOf(run.refused), finished, onTime, finished == 0 ? 0 : Math.round(1000.0 * onTime / finished) / 10.0, p95,
				late.isEmpty() ? 0 : late.get(late.size() - 1), late.isEmpty() ? 0 : Math.round(10.0 * late.stream().mapToInt(i -> i).sum() / late.size()) / 10.0,
				stageMinutes, utilisation, run.overdueAlerts, nanos / 1_000_000);
	}

	private enum EventType {
		ARRIVAL, FINISH, PICKUP, TICK, WAKE
	}

	private record Event(Instant at, long sequence, EventType type, Arrivals.Arrival arrival, String taskId, String orderNumber, String person) {

		Event(Instant at, long sequence, EventType type, Arrivals.Arrival arrival, String taskId, String orderNumber) {
			this(at, sequence, type, arrival, taskId, orderNumber, null);
		}
	}

	/** An accepted order: when it is due, when it was ready or delivered, and its planned minutes per stage. */
	private static final class SimOrder {

		private final String number;
		private final int sequence;
		private final Instant due;
		private final boolean delivery;
		private final String pickupCode;
		private final Map<String, Integer> planned;
		private final Map<String, Set<String>> skills;
		private Instant doneAt;

		SimOrder(String number, int sequence, Instant due, boolean delivery, String pickupCode, Map<String, Integer> planned,
				Map<String, Set<String>> skills) {
			this.skills = skills;
			this.number = number;
			this.sequence = sequence;
			this.due = due;
			this.delivery = delivery;
			this.pickupCode = pickupCode;
			this.planned = planned;
		}

		String number() {
			return number;
		}

		Instant due() {
			return due;
		}

		boolean delivery() {
			return delivery;
		}

		String pickupCode() {
			return pickupCode;
		}

		Map<String, Set<String>> skills() {
			return skills;
		}

		/** The minutes this stage really takes: the same for every strategy (seeded by the order and the stage). */
		int actualMinutes(String stage, Scenario scenario) {
			var random = new Random(scenario.seed() * 31 + sequence * 7L + stage.hashCode());
			if ("DELIVER".equals(stage)) {
				return scenario.deliveryMinMinutes() + random.nextInt(Math.max(1, scenario.deliveryMaxMinutes() - scenario.deliveryMinMinutes() + 1));
			}
			double sigma = scenario.durationSpread().getOrDefault(stage, 0.0);
			double factor = Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
			return Math.max(1, (int) Math.round(planned.getOrDefault(stage, 10) * factor));
		}
	}

	private static final class Run {

		final Scenario scenario;
		final Strategy strategy;
		final long storeId;
		final ZoneId zone;
		final List<StaffRoster.Person> people;
		final PriorityQueue<Event> events = new PriorityQueue<>(Comparator.comparing(Event::at).thenComparingLong(Event::sequence));
		final Map<String, SimOrder> orders = new LinkedHashMap<>();
		final Map<String, Instant> busyUntil = new HashMap<>();
		final Map<String, Long> busyMinutes = new HashMap<>();
		final Set<String> taken = new HashSet<>();
		final Map<String, String> numbers = new HashMap<>(); // process instance → order number
		long sequence;
		int arrived;
		int turnedAway;
		final Map<String, Integer> refused = new TreeMap<>();
		int overdueAlerts;
		final Instant start;

		Run(Scenario scenario, Strategy strategy, long storeId, ZoneId zone, List<StaffRoster.Person> people, Instant start) {
			this.start = start;
			this.storeId = storeId;
			this.scenario = scenario;
			this.strategy = strategy;
			this.zone = zone;
			this.people = people;
		}

		boolean allDone() {
			return orders.values().stream().allMatch(o -> o.doneAt != null);
		}
	}
}
