package com.cakeflow.order;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.order.OrderProblems.OrderNotFound;
import com.cakeflow.order.OrderProblems.WrongPickupCode;
import com.cakeflow.order.internal.CakeOrderRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front desk hands a cake over: finds the ready order by the customer's 6-digit code (or the QR on their phone),
 * takes what is still owed, completes the hand-over task and keeps the optional photo — all in one transaction, so a
 * wrong code, a missing payment or a bad photo leaves the order exactly as it was.
 */
@Service
public class CounterHandover {

	private final CakeOrderRepository orders;
	private final OrderManagement management;
	private final CurrentActor actor;
	private final OrderPhotos photos;

	CounterHandover(CakeOrderRepository orders, OrderManagement management, OrderPhotos photos, CurrentActor actor) {
		this.orders = orders;
		this.actor = actor;
		this.management = management;
		this.photos = photos;
	}

	/** The numbers of the orders ready for pickup with this code (almost always one; none for a wrong code). */
	@Transactional(readOnly = true)
	public List<String> readyWithCode(String code, long storeId) {
		if (code == null || !code.strip().matches("\\d{6}")) {
			return List.of();
		}
		return orders.findByStatusAndPickupCode(OrderStatus.READY_FOR_PICKUP, code.strip()).stream().filter(o -> o.storeId() == storeId)
			.map(o -> o.number()).toList();
	}

	/** Whether the code is this ready order's; what the confirmation screen checks before it shows the order. */
	@Transactional(readOnly = true)
	public boolean codeMatches(String number, String code) {
		return orders.findByNumber(number).filter(o -> actor.actsFor(o.storeId()))
			.map(o -> o.status() == OrderStatus.READY_FOR_PICKUP && o.pickupCodeMatches(code))
			.orElseThrow(() -> new OrderNotFound(number));
	}

	/** Hands over; {@code method} (CASH, CARD, ONLINE) is needed when a balance is still owed; {@code photo} may be null. */
	@Transactional
	public OrderStatus handOver(String number, String code, String method, byte[] photo) {
		var order = orders.lockByNumber(number).filter(o -> actor.actsFor(o.storeId())).orElseThrow(() -> new OrderNotFound(number));
		if (!order.pickupCodeMatches(code)) {
			throw new WrongPickupCode();
		}
		management.settleBalance(number, method);
		if (photo != null && photo.length > 0) {
			photos.add(number, OrderPhotos.Kind.HANDOVER, photo);
		}
		return management.handOver(number, code);
	}
}
