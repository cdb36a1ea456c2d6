package com.cakeflow.order.internal;

import com.cakeflow.order.Channel;
import com.cakeflow.order.FulfillmentType;
import com.cakeflow.order.OrderStatus;
import com.cakeflow.order.TimelineType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A cake order: what to make, for whom, by when, how it is paid, where it stands and everything that happened to it. */
@Entity
@Table(name = "cake_order")
public class CakeOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private String number;
	private long storeId;
	private long customerId;
	@Enumerated(EnumType.STRING)
	private Channel channel;
	@Enumerated(EnumType.STRING)
	private OrderStatus status;
	@Enumerated(EnumType.STRING)
	private FulfillmentType fulfillmentType;
	private Instant dueAt;
	private String address;
	private String notes;
	private boolean urgent;
	private long totalFen;
	private long depositFen;
	private long paidFen;
	private long refundedFen;
	private long cancellationFeeFen;
	private String pickupCode;
	private String cancelReason;
	private String idempotencyKey;
	private String requestHash;
	private Instant createdAt;
	private String createdBy;
	@Version
	private long version;
	@OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
	@OrderBy("lineNo")
	@BatchSize(size = 50) // a page of orders loads its items in a few queries, not one per order
	private List<OrderItem> items = new ArrayList<>();
	@OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
	@OrderBy("at, id")
	private List<OrderEvent> timeline = new ArrayList<>();

	protected CakeOrder() {
	}

	CakeOrder(String number, long storeId, long customerId, Channel channel, FulfillmentType fulfillmentType, Instant dueAt,
			String address, String notes, boolean urgent, String pickupCode, String idempotencyKey, String requestHash,
			Instant createdAt, String createdBy) {
		this.number = number;
		this.storeId = storeId;
		this.customerId = customerId;
		this.channel = channel;
		this.status = OrderStatus.RECEIVED;
		this.fulfillmentType = fulfillmentType;
		this.dueAt = dueAt;
		this.address = address;
		this.notes = notes;
		this.urgent = urgent;
		this.pickupCode = pickupCode;
		this.idempotencyKey = idempotencyKey;
		this.requestHash = requestHash;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	/** Whether every inscription is confirmed, so decorating may start. */
	public boolean inscriptionsProofed() {
		return items.stream().allMatch(OrderItem::inscriptionProofed);
	}

	/** Confirms every inscription not yet confirmed; {@code method} CUSTOMER_LINK or READ_BACK. True when one was. */
	public boolean proofInscriptions(java.time.Instant at, String by, String method) {
		boolean any = !inscriptionsProofed();
		items.forEach(item -> item.proofInscription(at, by, method));
		return any;
	}

	OrderItem addItem(int sizeInches, String flavorCode, String inscription, int quantity, long basePriceFen, long flavorSurchargeFen,
			List<OrderItem.ItemAddOn> addOns) {
		var item = new OrderItem(this, items.size() + 1, sizeInches, flavorCode, inscription, quantity, basePriceFen,
				flavorSurchargeFen, addOns);
		items.add(item);
		totalFen += item.lineTotalFen();
		return item;
	}

	/** The lines changed price: the total follows; the deposit asked for never exceeds it. */
	void reprice() {
		totalFen = items.stream().mapToLong(OrderItem::lineTotalFen).sum();
		depositFen = Math.min(depositFen, totalFen);
	}

	void requireDeposit(long depositFen) {
		this.depositFen = Math.min(depositFen, totalFen);
	}

	/** Appends to the timeline. */
	public void log(Instant at, TimelineType type, String actor, java.util.Map<String, Object> details) {
		timeline.add(new OrderEvent(this, at, type, actor, details));
	}

	/** Moves the status projection forward; a finished order never moves again. */
	public boolean moveTo(OrderStatus next, Instant at, String actor) {
		if (status == next || status.isTerminal()) {
			return false;
		}
		var previous = status;
		status = next;
		log(at, TimelineType.STATUS_CHANGED, actor, TimelineType.details("from", previous.name(), "to", next.name()));
		return true;
	}

	public void receivePayment(long amountFen) {
		paidFen += amountFen;
	}

	/** Cancels with the fee the policy sets for the current stage; what was paid beyond the fee is refunded. */
	public long cancel(String reason, long feeFen, Instant at, String actor) {
		if (status.isTerminal()) {
			throw new IllegalStateException("order " + number + " is already " + status);
		}
		cancellationFeeFen = Math.min(feeFen, paidFen);
		var refund = paidFen - refundedFen - cancellationFeeFen;
		refundedFen += Math.max(refund, 0);
		cancelReason = reason;
		moveTo(OrderStatus.CANCELLED, at, actor);
		return Math.max(refund, 0);
	}

	void changeDue(Instant newDue) {
		this.dueAt = newDue;
	}

	void changeNotes(String notes) {
		this.notes = notes;
	}

	public boolean pickupCodeMatches(String code) {
		return pickupCode != null && code != null && pickupCode.equals(code.trim());
	}

	public long depositOutstandingFen() {
		return Math.max(0, depositFen - paidFen);
	}

	public long balanceFen() {
		return Math.max(0, totalFen - paidFen);
	}

	public boolean replays(String hash) {
		return requestHash != null && requestHash.equals(hash);
	}

	public Long id() {
		return id;
	}

	public String number() {
		return number;
	}

	public long storeId() {
		return storeId;
	}

	public long customerId() {
		return customerId;
	}

	public Channel channel() {
		return channel;
	}

	public OrderStatus status() {
		return status;
	}

	public FulfillmentType fulfillmentType() {
		return fulfillmentType;
	}

	public Instant dueAt() {
		return dueAt;
	}

	public String address() {
		return address;
	}

	public String notes() {
		return notes;
	}

	public boolean urgent() {
		return urgent;
	}

	public long totalFen() {
		return totalFen;
	}

	public long depositFen() {
		return depositFen;
	}

	public long paidFen() {
		return paidFen;
	}

	public long refundedFen() {
		return refundedFen;
	}

	public long cancellationFeeFen() {
		return cancellationFeeFen;
	}

	public String pickupCode() {
		return pickupCode;
	}

	public String cancelReason() {
		return cancelReason;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public String createdBy() {
		return createdBy;
	}

	public List<OrderItem> items() {
		return items;
	}

	public List<OrderEvent> timeline() {
		return timeline;
	}
}
