package com.cakeflow.inventory.internal;

import com.cakeflow.inventory.StockItem;
import com.cakeflow.inventory.StockLot;
import com.cakeflow.inventory.StockMovement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the stock ledger: balances (locked in item order), lots, movements and recipes. */
@Repository
public class InventoryRepository {

	// column names matched to record components once per result set: JdbcClient.query(Record.class) asks the driver for
	// each camel-case name first, and PostgreSQL's driver answers every miss with an exception (a third of intake's allocation)
	private static final org.springframework.jdbc.core.DataClassRowMapper<StockItem> STOCKITEM_ROWS = new org.springframework.jdbc.core.DataClassRowMapper<>(StockItem.class);
	private static final org.springframework.jdbc.core.DataClassRowMapper<StockLot> STOCKLOT_ROWS = new org.springframework.jdbc.core.DataClassRowMapper<>(StockLot.class);
	private static final org.springframework.jdbc.core.DataClassRowMapper<StockMovement> STOCKMOVEMENT_ROWS = new org.springframework.jdbc.core.DataClassRowMapper<>(StockMovement.class);

	private static final String ITEM = """
			select i.code, i.name_zh, i.name_en, i.kind, i.unit, coalesce(b.on_hand, 0) as on_hand, coalesce(b.reserved, 0) as reserved,
			       i.reorder_point, i.lead_time_days, i.supplier, i.allergens
			from inventory_item i left join stock_balance b on b.item_code = i.code and b.store_id = :store""";

	private final JdbcClient jdbc;
	private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

	InventoryRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/** The store's items with their balances (this transaction's pending changes included). */
	public List<StockItem> items(long storeId) {
		return jdbc.sql(ITEM + " order by i.kind, i.code").param("store", storeId).query(STOCKITEM_ROWS).list().stream()
			.map(item -> withPending(storeId, item)).toList();
	}

	public Optional<StockItem> item(long storeId, String code) {
		return jdbc.sql(ITEM + " where i.code = :code").param("store", storeId).param("code", code).query(STOCKITEM_ROWS).optional()
			.map(item -> withPending(storeId, item));
	}

	private static StockItem withPending(long storeId, StockItem item) {
		var delta = PendingBalances.ofThisTransaction().get(new PendingBalances.Row(storeId, item.code()));
		return delta == null ? item : new StockItem(item.code(), item.nameZh(), item.nameEn(), item.kind(), item.unit(), item.onHand() + delta.onHand(),
				item.reserved() + delta.reserved(), item.reorderPoint(), item.leadTimeDays(), item.supplier(), item.allergens());
	}

	/** Available quantity per item, rows locked in item-code order (for waste, counts and transfers, which decide on the exact stock). */
	public Map<String, Long> lockAvailable(long storeId, Collection<String> codes) {
		return available(storeId, codes, " order by item_code for update");
	}

	/**
	 * Available quantity per item as committed (this transaction's pending changes included), nothing locked: what a
	 * reservation decides on. The balance's constraint checks the decision again when the change is written at commit.
	 */
	public Map<String, Long> available(long storeId, Collection<String> codes) {
		return available(storeId, codes, "");
	}

	private Map<String, Long> available(long storeId, Collection<String> codes, String lock) {
		var available = new LinkedHashMap<String, Long>();
		if (codes.isEmpty()) {
			return available;
		}
		jdbc.sql("select item_code, on_hand - reserved as available from stock_balance where store_id = :store and item_code in (:codes)" + lock)
			.param("store", storeId).param("codes", codes)
			.query((rs, i) -> available.put(rs.getString("item_code"), rs.getLong("available"))).list();
		PendingBalances.ofThisTransaction().forEach((row, delta) -> {
			if (row.storeId() == storeId && available.containsKey(row.itemCode())) {
				available.merge(row.itemCode(), delta.onHand() - delta.reserved(), Long::sum);
			}
		});
		return available;
	}

	/**
	 * Changes a balance at the end of this transaction (see {@link PendingBalances}): reservations, releases and
	 * consumption of orders, which may run in a transaction that also holds capacity hours.
	 */
	public void addToBalanceAtCommit(long storeId, String code, long onHandDelta, long reservedDelta) {
		PendingBalances.current(this::write).add(storeId, code, onHandDelta, reservedDelta);
	}

	/**
	 * Of these items, the ones whose balance this transaction changes at commit (none when it changes none): their
	 * balances are written in {@link #afterBalancesWritten}'s moment, not now.
	 */
	public java.util.Set<String> writtenAtCommit(long storeId, Collection<String> codes) {
		var pending = PendingBalances.ofThisTransaction();
		return codes.stream().filter(code -> pending.containsKey(new PendingBalances.Row(storeId, code)))
			.collect(java.util.stream.Collectors.toSet());
	}

	/**
	 * Runs the action at the end of this transaction right after its balances are written — so with the items' balance
	 * rows locked, which a concurrent transaction changing the same items waits for. Only for a transaction that has
	 * balances to write ({@link #writtenAtCommit} not empty).
	 */
	public void afterBalancesWritten(Runnable action) {
		PendingBalances.current(this::write).afterWriting(action);
	}

	private void write(Map<PendingBalances.Row, PendingBalances.Delta> changes) {
		try {
			changes.forEach((row, delta) -> addToBalance(row.storeId(), row.itemCode(), delta.onHand(), delta.reserved()));
		}
		catch (org.springframework.dao.DataIntegrityViolationException raced) {
			throw new com.cakeflow.inventory.InventoryProblems.StockChanged();
		}
	}

	public void addToBalance(long storeId, String code, long onHandDelta, long reservedDelta) {
		int updated = jdbc.sql("update stock_balance set on_hand = on_hand + ?, reserved = reserved + ? where store_id = ? and item_code = ?")
			.params(onHandDelta, reservedDelta, storeId, code).update();
		if (updated == 0) {
			jdbc.sql("insert into stock_balance (store_id, item_code, on_hand, reserved) values (?, ?, ?, ?)")
				.params(storeId, code, onHandDelta, reservedDelta).update();
		}
	}

	public void move(long storeId, String code, StockMovement.Type type, long quantity, Long lotId, Long orderId, String actor, String reason,
			Instant at) {
		move(storeId, code, type, quantity, lotId, orderId, null, actor, reason, at);
	}

	/** A movement; {@code peerStoreId} is the other store of a transfer. */
	public void move(long storeId, String code, StockMovement.Type type, long quantity, Long lotId, Long orderId, Long peerStoreId, String actor,
			String reason, Instant at) {
		jdbc.sql("insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, peer_store_id, actor, reason, at) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(storeId, code, type.name(), quantity, lotId, orderId, peerStoreId, actor, reason, java.sql.Timestamp.from(at)).update();
	}

	/** What an order still holds reserved, per item: reserved − released − consumed. */
	public Map<String, Long> outstanding(long orderId) {
		var result = new LinkedHashMap<String, Long>();
		jdbc.sql("""
				select item_code, sum(case type when 'RESERVE' then quantity else -quantity end) as held from stock_movement
				where order_id = ? and type in ('RESERVE', 'RELEASE', 'CONSUME') group by item_code order by item_code""")
			.param(orderId).query((rs, i) -> {
				if (rs.getLong("held") > 0) {
					result.put(rs.getString("item_code"), rs.getLong("held"));
				}
				return null;
			}).list();
		return result;
	}

	public Optional<Long> storeOfOrder(long orderId) {
		return jdbc.sql("select max(store_id) from stock_movement where order_id = ?").param(orderId).query(Long.class).optional();
	}

	/** Lots with stock left, first-expiring first (no expiry last), locked. */
	public List<StockLot> lockLotsFefo(long storeId, String code) {
		return jdbc.sql("select id, lot_code, quantity, expires_on, received_at from stock_lot where store_id = ? and item_code = ? "
				+ "and quantity > 0 order by case when expires_on is null then 1 else 0 end, expires_on, id for update")
			.params(storeId, code).query(STOCKLOT_ROWS).list();
	}

	public List<StockLot> lots(long storeId, String code) {
		return jdbc.sql("select id, lot_code, quantity, expires_on, received_at from stock_lot where store_id = ? and item_code = ? "
				+ "and quantity > 0 order by case when expires_on is null then 1 else 0 end, expires_on, id")
			.params(storeId, code).query(STOCKLOT_ROWS).list();
	}

	public void takeFromLot(long lotId, long quantity) {
		jdbc.sql("update stock_lot set quantity = quantity - ? where id = ?").params(quantity, lotId).update();
	}

	public long newLot(long storeId, String code, String lotCode, long quantity, LocalDate expiresOn, Instant at) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("insert into stock_lot (store_id, item_code, lot_code, quantity, expires_on, received_at) values (?, ?, ?, ?, ?, ?)")
			.params(storeId, code, lotCode, quantity, expiresOn, java.sql.Timestamp.from(at)).update(keys, "id");
		return keys.getKey().longValue();
	}

	public List<StockMovement> movements(long storeId, String code, int limit) {
		return jdbc.sql("select m.id, m.item_code, m.type, m.quantity, m.lot_id, m.order_id, p.code as peer_store, m.actor, m.reason, m.at "
				+ "from stock_movement m left join store p on p.id = m.peer_store_id "
				+ "where m.store_id = ? and m.item_code = ? order by m.at desc, m.id desc fetch first ? rows only").params(storeId, code, limit)
			.query(STOCKMOVEMENT_ROWS).list();
	}

	/** Consumption per day (in the store's zone) and item, from the ledger, for days in [from, to). */
	public Map<LocalDate, Map<String, Long>> dailyConsumption(long storeId, java.time.ZoneId zone, LocalDate from, LocalDate to) {
		var result = new java.util.TreeMap<LocalDate, Map<String, Long>>();
		jdbc.sql("select item_code, quantity, at from stock_movement where store_id = ? and type = 'CONSUME' and at >= ? and at < ?")
			.params(storeId, java.sql.Timestamp.from(from.atStartOfDay(zone).toInstant()), java.sql.Timestamp.from(to.atStartOfDay(zone).toInstant()))
			.query((rs, i) -> {
				var day = rs.getTimestamp("at").toInstant().atZone(zone).toLocalDate();
				result.computeIfAbsent(day, d -> new java.util.TreeMap<>()).merge(rs.getString("item_code"), rs.getLong("quantity"), Long::sum);
				return null;
			}).list();
		return result;
	}

	/** Whether the store has any consumption before the given instant (demo history is made once). */
	public boolean hasConsumptionBefore(long storeId, Instant before) {
		return jdbc.sql("select count(*) from stock_movement where store_id = ? and type = 'CONSUME' and at < ?")
			.params(storeId, java.sql.Timestamp.from(before)).query(Long.class).single() > 0;
	}

	/** Appends many movements at once (demo history). */
	public void moveAll(List<Object[]> rows) {
		jdbcTemplate.batchUpdate("insert into stock_movement (store_id, item_code, type, quantity, lot_id, order_id, actor, reason, at) "
				+ "values (?, ?, ?, ?, null, null, 'system', ?, ?)", rows);
	}

	/** The recipe of a product (a flavor at a size, or a semi-finished item with size 0), if it has one. */
	public Optional<com.cakeflow.inventory.Recipe> recipe(String productCode, int sizeInches) {
		return jdbc.sql("select yield_quantity, note from recipe where product_code = ? and size_inches = ?").params(productCode, sizeInches)
			.query((rs, i) -> new com.cakeflow.inventory.Recipe(productCode, sizeInches, com.cakeflow.inventory.Recipes.plain(rs.getBigDecimal("yield_quantity")),
					rs.getString("note"), recipeLines(productCode, sizeInches)))
			.optional().filter(recipe -> !recipe.lines().isEmpty());
	}

	private List<com.cakeflow.inventory.Recipe.Line> recipeLines(String productCode, int sizeInches) {
		return jdbc.sql("select item_code, quantity, unit, loss_rate from recipe_line where product_code = ? and size_inches = ? order by item_code")
			.params(productCode, sizeInches)
			.query((rs, i) -> new com.cakeflow.inventory.Recipe.Line(rs.getString("item_code"), com.cakeflow.inventory.Recipes.plain(rs.getBigDecimal("quantity")),
					rs.getString("unit"), com.cakeflow.inventory.Recipes.plain(rs.getBigDecimal("loss_rate"))))
			.list();
	}

	/** Unit conversion factors keyed {@code item:from>to}, with {@code *} for conversions that hold for every item. */
	public Map<String, java.math.BigDecimal> conversions() {
		var factors = new java.util.HashMap<String, java.math.BigDecimal>();
		jdbc.sql("select null as item_code, from_unit, to_unit, factor from unit_conversion "
				+ "union all select item_code, from_unit, to_unit, factor from item_unit_conversion").query((rs, i) -> factors.put(
				(rs.getString("item_code") == null ? "*" : rs.getString("item_code")) + ":" + rs.getString("from_unit") + ">" + rs.getString("to_unit"),
				rs.getBigDecimal("factor"))).list();
		return factors;
	}

	/** The items without any store's stock (what recipes are computed against when stock does not matter). */
	public List<StockItem> itemsWithoutStock() {
		return items(-1);
	}

	/** Cost in fen of 1,000 stock units (a kg, a litre, 1,000 pieces) per item. */
	public Map<String, Long> costsPer1000() {
		var costs = new java.util.HashMap<String, Long>();
		jdbc.sql("select code, cost_fen_per_1000 from inventory_item").query((rs, i) -> costs.put(rs.getString(1), rs.getLong(2))).list();
		return costs;
	}

	/** Records (or moves) the time an order's reservation is needed by. */
	public void needBy(long orderId, long storeId, Instant neededBy) {
		int updated = jdbc.sql("update stock_reservation set needed_by = ? where order_id = ?").params(java.sql.Timestamp.from(neededBy), orderId).update();
		if (updated == 0) {
			jdbc.sql("insert into stock_reservation (order_id, store_id, needed_by) values (?, ?, ?)")
				.params(orderId, storeId, java.sql.Timestamp.from(neededBy)).update();
		}
	}

	/** What orders still hold reserved, per day they are needed by (in the store's zone) and item, for days in [from, to). */
	public Map<LocalDate, Map<String, Long>> reservedByDay(long storeId, java.time.ZoneId zone, LocalDate from, LocalDate to) {
		var result = new java.util.TreeMap<LocalDate, Map<String, Long>>();
		jdbc.sql("""
				select r.needed_by, m.item_code, sum(case m.type when 'RESERVE' then m.quantity else -m.quantity end) as held
				from stock_reservation r join stock_movement m on m.order_id = r.order_id and m.type in ('RESERVE', 'RELEASE', 'CONSUME')
				where r.store_id = ? and r.needed_by >= ? and r.needed_by < ?
				group by r.order_id, r.needed_by, m.item_code""")
			.params(storeId, java.sql.Timestamp.from(from.atStartOfDay(zone).toInstant()), java.sql.Timestamp.from(to.atStartOfDay(zone).toInstant()))
			.query((rs, i) -> {
				long held = rs.getLong("held");
				if (held > 0) {
					var day = rs.getTimestamp("needed_by").toInstant().atZone(zone).toLocalDate();
					result.computeIfAbsent(day, d -> new java.util.TreeMap<>()).merge(rs.getString("item_code"), held, Long::sum);
				}
				return null;
			}).list();
		return result;
	}

	/** Lots with stock left that expire on or before the given day, soonest first. */
	public List<com.cakeflow.inventory.ExpiringLot> expiringBy(long storeId, LocalDate day) {
		return jdbc.sql("""
				select l.item_code, i.name_zh, i.unit, l.lot_code, l.quantity, l.expires_on from stock_lot l join inventory_item i on i.code = l.item_code
				where l.store_id = ? and l.quantity > 0 and l.expires_on is not null and l.expires_on <= ? order by l.expires_on, l.item_code""")
			.params(storeId, day).query(com.cakeflow.inventory.ExpiringLot.class).list();
	}
}
