package com.cakeflow.order.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** One entry of an order's timeline: what happened, when, who did it and why. */
@Entity
public class OrderEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "order_id")
	private CakeOrder order;
	private Instant at;
	private String type;
	private String actor;
	private String detail;

	protected OrderEvent() {
	}

	OrderEvent(CakeOrder order, Instant at, String type, String actor, String detail) {
		this.order = order;
		this.at = at;
		this.type = type;
		this.actor = actor;
		this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 997) + "...";
	}

	public Long id() {
		return id;
	}

	public Instant at() {
		return at;
	}

	public String type() {
		return type;
	}

	public String actor() {
		return actor;
	}

	public String detail() {
		return detail;
	}
}
