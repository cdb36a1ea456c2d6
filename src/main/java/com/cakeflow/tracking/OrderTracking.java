package com.cakeflow.tracking;

import com.cakeflow.identity.Stores;
import com.cakeflow.order.CustomerCake;
import com.cakeflow.order.FulfillmentType;
import com.cakeflow.order.InscriptionProofs;
import com.cakeflow.order.OrderProblems;
import com.cakeflow.order.OrderQueries;
import com.cakeflow.order.OrderStatus;
import com.cakeflow.order.OrderView;
import com.cakeflow.order.PickupQr;
import com.cakeflow.order.TimelineType;
import com.cakeflow.shared.QrCode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a customer sees of their order on the tracking page: its stages with times, when it is promised, and once it is
 * ready the pickup code with its QR code. The order is shown only to whoever gives the last four digits of the
 * customer's phone; wrong guesses are counted per client address and order (in the database, shared by every node),
 * and after {@value #MAX_FAILURES} in {@link #WINDOW} the page answers 429 until the window has passed.
 */
@Service
public class OrderTracking {

	static final int MAX_FAILURES = 5;
	static final Duration WINDOW = Duration.ofMinutes(15);

	private final OrderQueries queries;
	private final Stores stores;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final InscriptionProofs proofs;

	OrderTracking(OrderQueries queries, Stores stores, JdbcClient jdbc, Clock clock, InscriptionProofs proofs) {
		this.proofs = proofs;
		this.queries = queries;
		this.stores = stores;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The order for its customer. {@link NotFound} for an unknown order or digits that are not the phone's last four
	 * (the same answer for both, so guessing reveals nothing), {@link TooManyGuesses} once a client guessed too often.
	 * Not transactional: a wrong guess is counted even though the call fails.
	 */
	public Tracking track(String number, String phoneLast4, String client, Locale locale) {
		var now = clock.instant();
		var key = number == null ? "" : number.strip();
		var address = client == null ? "?" : client.length() > 64 ? client.substring(0, 64) : client;
		long failures = jdbc.sql("select count(*) from tracking_failure where order_number = ? and client_ip = ? and at > ?")
			.params(key, address, Timestamp.from(now.minus(WINDOW))).query(Long.class).single();
		if (failures >= MAX_FAILURES) {
			throw new TooManyGuesses(WINDOW.toMinutes());
		}
		OrderView order = null;
		try {
			order = key.isEmpty() || key.length() > 40 ? null : queries.find(key, locale);
		}
		catch (OrderProblems.OrderNotFound unknown) {
			// answered like wrong digits below
		}
		var phone = order == null ? "" : order.customer().phone().replaceAll("\\D", "");
		if (order == null || phoneLast4 == null || !phoneLast4.strip().matches("\\d{4}") || !phone.endsWith(phoneLast4.strip())) {
			jdbc.sql("delete from tracking_failure where at < ?").param(Timestamp.from(now.minus(Duration.ofDays(1)))).update();
			jdbc.sql("insert into tracking_failure (client_ip, order_number, at) values (?, ?, ?)").params(address, key.length() > 40
					? key.substring(0, 40) : key, Timestamp.from(now)).update();
			throw new NotFound();
		}
		return tracking(order);
	}

	/**
	 * The customer confirms the text on their cakes from the tracking page; the last four digits are checked (and
	 * wrong guesses counted) exactly as for looking at the order.
	 */
	public Tracking confirmInscription(String number, String phoneLast4, String client, Locale locale) {
		track(number, phoneLast4, client, locale);
		proofs.confirm(number.strip(), InscriptionProofs.Method.CUSTOMER_LINK, "customer");
		return track(number, phoneLast4, client, locale);
	}

	private Tracking tracking(OrderView order) {
		var store = stores.byCode(order.storeCode()).orElseThrow();
		var reached = new HashMap<OrderStatus, Instant>();
		reached.put(OrderStatus.RECEIVED, order.createdAt().toInstant());
		for (var entry : order.timeline()) {
			if (entry.type() == TimelineType.STATUS_CHANGED && entry.details().get("to") instanceof String next) {
				try {
					reached.putIfAbsent(OrderStatus.valueOf(next), entry.at());
				}
				catch (IllegalArgumentException notAStatus) {
					// not a status line: nothing to show
				}
			}
		}
		// the customer sees waiting for the deposit as "received" (the deposit has its own line)
		var path = OrderStatus.path(order.fulfillment().type()).stream().filter(s -> s != OrderStatus.AWAITING_DEPOSIT).toList();
		var current = order.status() == OrderStatus.AWAITING_DEPOSIT ? OrderStatus.RECEIVED : order.status();
		int currentIndex = path.indexOf(current);
		var steps = new ArrayList<Step>();
		for (int i = 0; i < path.size(); i++) {
			var status = path.get(i);
			var at = reached.get(status);
			boolean reachedStep = order.status() == OrderStatus.CANCELLED ? at != null : i <= currentIndex;
			steps.add(new Step(status, at == null ? null : at.atZone(store.zone()).toOffsetDateTime(), reachedStep, i == currentIndex));
		}
		var cakes = order.items().stream().map(item -> new CustomerCake(item.sizeInches(), item.flavorName(), item.quantity(), item.inscription(),
				item.inscription() == null || item.inscriptionProof() != null)).toList();
		boolean ready = order.status() == OrderStatus.READY_FOR_PICKUP;
		return new Tracking(order.orderNumber(), store.name(), store.phone(), order.status(), order.fulfillment().type(), order.fulfillment().dueAt(),
				cakes, steps, order.balanceFen(), ready ? order.pickupCode() : null,
				ready ? QrCode.svg(PickupQr.of(order.orderNumber(), order.pickupCode())) : null);
	}

	/** The order as its customer sees it; the pickup code and its QR only while the cake waits on the shelf. */
	public record Tracking(String orderNumber, String storeName, String storePhone, OrderStatus status, FulfillmentType fulfillment,
			OffsetDateTime dueAt, List<CustomerCake> cakes, List<Step> steps, long balanceFen, String pickupCode, String pickupQrSvg) {

		public boolean cancelled() {
			return status == OrderStatus.CANCELLED;
		}

		public boolean awaitingDeposit() {
			return status == OrderStatus.AWAITING_DEPOSIT;
		}

		/** Whether the customer is asked to confirm what is written on a cake (before decorating starts). */
		public boolean inscriptionToConfirm() {
			return status != OrderStatus.CANCELLED && status != OrderStatus.COMPLETED && cakes.stream().anyMatch(c -> !c.inscriptionConfirmed());
		}
	}

	/** A stage on the way: when it was reached (null: not yet), whether it is reached, whether the order is there now. */
	public record Step(OrderStatus status, OffsetDateTime at, boolean reached, boolean current) {
	}

	/** No such order for these digits: 404. */
	public static class NotFound extends RuntimeException {
		NotFound() {
			super("no order for these digits");
		}
	}

	/** Too many wrong guesses from this client for this order: 429, try again after the window. */
	public static class TooManyGuesses extends RuntimeException {

		private final long retryAfterMinutes;

		TooManyGuesses(long retryAfterMinutes) {
			super("too many guesses");
			this.retryAfterMinutes = retryAfterMinutes;
		}

		public long retryAfterMinutes() {
			return retryAfterMinutes;
		}
	}
}
