package com.cakeflow.payment.internal;

import com.cakeflow.payment.PaymentMethod;
import com.cakeflow.payment.PaymentRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A row of the payment ledger; never changed once written (but for the answer its first call got, in the same transaction). */
@Entity
public class Payment {

	public enum Kind {
		PAYMENT, REFUND
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long orderId;
	@Enumerated(EnumType.STRING)
	private Kind kind;
	private long amountFen;
	@Enumerated(EnumType.STRING)
	private PaymentMethod method;
	private Instant at;
	private String actor;
	private String note;
	private String idempotencyKey;
	private String requestHash;
	private String resultingStatus;

	protected Payment() {
	}

	public Payment(long orderId, Kind kind, long amountFen, PaymentMethod method, Instant at, String actor, String note) {
		this.orderId = orderId;
		this.kind = kind;
		this.amountFen = amountFen;
		this.method = method;
		this.at = at;
		this.actor = actor;
		this.note = note;
	}

	/** The payment taken under a caller's Idempotency-Key, with a digest of what was asked (a replay must ask the same). */
	public Payment keyed(String key, String hash) {
		this.idempotencyKey = key;
		this.requestHash = hash;
		return this;
	}

	/** What the first call was answered (the order's status after it), so a replay of its key gets the same answer. */
	public void answered(String status) {
		this.resultingStatus = status;
	}

	public String requestHash() {
		return requestHash;
	}

	public String resultingStatus() {
		return resultingStatus;
	}

	public PaymentRecord toRecord() {
		return new PaymentRecord(id, orderId, kind.name(), amountFen, method, at, actor, note);
	}
}
