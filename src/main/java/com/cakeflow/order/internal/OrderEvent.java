package com.cakeflow.order.internal;

import com.cakeflow.order.TimelineType;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Map;

/** One entry of an order's timeline: what happened ({@link TimelineType}), when, who did it and its details. */
@Entity
public class OrderEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "order_id")
	private CakeOrder order;
	private Instant at;
	@Enumerated(EnumType.STRING)
	private TimelineType type;
	private String actor;
	@Convert(converter = TimelineDetails.class)
	private Map<String, Object> details;

	protected OrderEvent() {
	}

	OrderEvent(CakeOrder order, Instant at, TimelineType type, String actor, Map<String, Object> details) {
		this.order = order;
		this.at = at;
		this.type = type;
		this.actor = actor;
		this.details = TimelineDetails.bounded(details);
	}

	public Long id() {
		return id;
	}

	public Instant at() {
		return at;
	}

	public TimelineType type() {
		return type;
	}

	public String actor() {
		return actor;
	}

	public Map<String, Object> details() {
		return details == null ? Map.of() : details;
	}
}
