package com.cakeflow.planning.internal;

import com.cakeflow.planning.ProductionPlan;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Generated plans and their tasks. */
@Repository
public class PlanRepository {

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a plan and its tasks; returns its id. */
	public long save(long storeId, ProductionPlan plan) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into production_plan (store_id, plan_day, generated_at, generated_by, orders, solver_millis, score, late_orders, late_minutes,
				  max_late_minutes, hard_penalty, edd_score, edd_late_orders, edd_late_minutes, edd_max_late_minutes, edd_hard_penalty, notes)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(storeId, plan.day(), Timestamp.from(plan.generatedAt()), plan.generatedBy(), plan.orders(), plan.solverMillis(), plan.smart().score(),
					plan.smart().lateOrders(), plan.smart().lateMinutes(), plan.smart().maxLateMinutes(), plan.smart().hardPenalty(), plan.edd().score(),
					plan.edd().lateOrders(), plan.edd().lateMinutes(), plan.edd().maxLateMinutes(), plan.edd().hardPenalty(), plan.notes())
			.update(key, "id");
		long id = key.getKey().longValue();
		for (var task : plan.tasks()) {
			jdbc.sql("""
					insert into production_plan_task (plan_id, username, order_id, order_number, stage, summary, start_at, end_at, due_at, urgent,
					  deposit_pending, late_minutes)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, task.username(), task.orderId(), task.orderNumber(), task.stage(), task.summary(), Timestamp.from(task.startAt()),
						Timestamp.from(task.endAt()), Timestamp.from(task.dueAt()), task.urgent(), task.depositPending(), task.lateMinutes())
				.update();
		}
		return id;
	}

	/** The store's most recent plan for a day. */
	public Optional<ProductionPlan> latest(long storeId, String storeCode, LocalDate day) {
		return jdbc.sql("select * from production_plan where store_id = ? and plan_day = ? order by generated_at desc, id desc")
			.params(storeId, day).query((rs, i) -> {
				long id = rs.getLong("id");
				var tasks = jdbc.sql("select * from production_plan_task where plan_id = ? order by username, start_at").param(id)
					.query((t, j) -> new ProductionPlan.Task(t.getString("username"), t.getLong("order_id"), t.getString("order_number"), t.getString("stage"),
							t.getString("summary"), t.getTimestamp("start_at").toInstant(), t.getTimestamp("end_at").toInstant(),
							t.getTimestamp("due_at").toInstant(), t.getBoolean("urgent"), t.getBoolean("deposit_pending"), t.getInt("late_minutes")))
					.list();
				return new ProductionPlan(id, storeCode, rs.getDate("plan_day").toLocalDate(), rs.getTimestamp("generated_at").toInstant(),
						rs.getString("generated_by"), rs.getInt("orders"), rs.getLong("solver_millis"),
						new ProductionPlan.Figures(rs.getString("score"), rs.getInt("late_orders"), rs.getInt("late_minutes"), rs.getInt("max_late_minutes"),
								rs.getInt("hard_penalty")),
						new ProductionPlan.Figures(rs.getString("edd_score"), rs.getInt("edd_late_orders"), rs.getInt("edd_late_minutes"),
								rs.getInt("edd_max_late_minutes"), rs.getInt("edd_hard_penalty")),
						tasks, rs.getString("notes"));
			}).list().stream().findFirst();
	}
}
