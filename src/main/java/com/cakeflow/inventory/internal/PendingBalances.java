package com.cakeflow.inventory.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The balance changes of reservations, releases and consumption in the current transaction, written at its very end
 * (before the commit, in store and item order). The rows every order touches — flour, sugar, eggs, cream — are then
 * locked for the commit only instead of for the whole intake or task, so orders of one store no longer queue on them,
 * and they are locked after the kitchen's capacity hours, the order every transaction keeps. What a reservation decided
 * on is checked again by the balance's constraint ({@code reserved <= on_hand}) when it is written: a reservation that
 * lost a race for the last stock fails the transaction, and the caller tries again.
 */
final class PendingBalances implements TransactionSynchronization {

	/** A balance change: deltas of what is on hand and what is reserved. */
	record Delta(long onHand, long reserved) {

		Delta plus(Delta other) {
			return new Delta(onHand + other.onHand, reserved + other.reserved);
		}
	}

	/** A balance row. */
	record Row(long storeId, String itemCode) implements Comparable<Row> {

		@Override
		public int compareTo(Row other) {
			int byStore = Long.compare(storeId, other.storeId);
			return byStore != 0 ? byStore : itemCode.compareTo(other.itemCode);
		}
	}

	private final Map<Row, Delta> deltas = new TreeMap<>();
	private final java.util.List<Runnable> afterWriting = new java.util.ArrayList<>();
	private final Consumer<Map<Row, Delta>> write;

	private PendingBalances(Consumer<Map<Row, Delta>> write) {
		this.write = write;
	}

	/** The pending changes of this transaction (one is started and bound to it on first use). */
	static PendingBalances current(Consumer<Map<Row, Delta>> write) {
		var pending = (PendingBalances) TransactionSynchronizationManager.getResource(PendingBalances.class);
		if (pending == null) {
			if (!TransactionSynchronizationManager.isSynchronizationActive()) {
				throw new IllegalStateException("balance changes need a transaction");
			}
			pending = new PendingBalances(write);
			TransactionSynchronizationManager.bindResource(PendingBalances.class, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		return pending;
	}

	/** The pending changes of this transaction, none when it has made none. */
	static Map<Row, Delta> ofThisTransaction() {
		var pending = TransactionSynchronizationManager.isSynchronizationActive()
				? (PendingBalances) TransactionSynchronizationManager.getResource(PendingBalances.class) : null;
		return pending == null ? Map.of() : pending.deltas;
	}

	void add(long storeId, String itemCode, long onHand, long reserved) {
		deltas.merge(new Row(storeId, itemCode), new Delta(onHand, reserved), Delta::plus);
	}

	/** Runs the action right after the balances are written, while this transaction holds their rows. */
	void afterWriting(Runnable action) {
		afterWriting.add(action);
	}

	@Override
	public int getOrder() {
		return LOWEST_PRECEDENCE; // after every other synchronization that might still reserve
	}

	@Override
	public void beforeCommit(boolean readOnly) {
		var writing = new TreeMap<>(deltas);
		deltas.clear();
		write.accept(writing);
		var actions = java.util.List.copyOf(afterWriting);
		afterWriting.clear();
		actions.forEach(Runnable::run);
	}

	@Override
	public void afterCompletion(int status) {
		TransactionSynchronizationManager.unbindResourceIfPossible(PendingBalances.class);
	}
}
