package com.cakeflow.order;

import java.util.List;

/**
 * What an entry of an order's timeline says happened. Each type names the details it keeps (structured, as JSON) and
 * how each is shown; the words are {@code timeline.<TYPE>} (the heading) and {@code timeline.<TYPE>.detail} (the line,
 * with {@code {name}} placeholders) in {@code messages*.properties}, rendered in the viewer's language and the store's
 * zone by {@link TimelineText}. A detail the entry lacks is shown empty; {@link #VARIANT} picks another wording
 * ({@code timeline.<TYPE>.detail.<variant>}), e.g. a task nobody has yet.
 */
public enum TimelineType {

	ORDER_PLACED(arg("channel", Kind.CHANNEL), arg("customer", Kind.TEXT), arg("cakes", Kind.CAKES), arg("fulfillment", Kind.FULFILLMENT),
			arg("total", Kind.MONEY), arg("deposit", Kind.MONEY)),
	CAPACITY_BOOKED(Booking.ARGS),
	CAPACITY_OVERRIDDEN(Booking.ARGS),
	CAPACITY_REBOOKED(Booking.ARGS),
	STATUS_CHANGED(arg("from", Kind.STATUS), arg("to", Kind.STATUS)),
	PAYMENT_RECEIVED(arg("amount", Kind.MONEY), arg("method", Kind.METHOD), arg("paid", Kind.MONEY), arg("total", Kind.MONEY)),
	STOCK_RESERVED(arg("count", Kind.NUMBER)),
	STOCK_REBOOKED(arg("count", Kind.NUMBER)),
	STOCK_CONSUMED(arg("count", Kind.NUMBER)),
	STOCK_RELEASED(arg("count", Kind.NUMBER)),
	SUBSTITUTE_REFUSED(arg("flavor", Kind.FLAVOR), arg("reason", Kind.TEXT)),
	ASSIGNED(arg("stage", Kind.STAGE), arg("person", Kind.TEXT), arg("name", Kind.TEXT), arg("why", Kind.TEXT), arg("role", Kind.ROLE)),
	REMATCHED(arg("stage", Kind.STAGE), arg("why", Kind.TEXT), arg("to", Kind.TEXT), arg("role", Kind.ROLE)),
	ALERT_RAISED(arg("alert", Kind.ALERT), arg("stage", Kind.STAGE), arg("detail", Kind.TASK), arg("id", Kind.NUMBER)),
	CUSTOMER_UPDATED(),
	CUSTOMER_NOTIFIED(),
	CANCELLED(arg("at", Kind.STATUS), arg("reason", Kind.TEXT), arg("fee", Kind.MONEY), arg("refund", Kind.MONEY)),
	CHANGE_PUSHED(arg("tasks", Kind.TASKS)),
	TASK_CREATED(arg("task", Kind.TASK), arg("person", Kind.TEXT)),
	TASK_ASSIGNED(arg("task", Kind.TASK), arg("person", Kind.TEXT)),
	TASK_COMPLETED(arg("task", Kind.TASK), arg("person", Kind.TEXT)),
	WORK_STARTED(arg("station", Kind.STAGE), arg("person", Kind.TEXT)),
	DELIVERED_TO(arg("recipient", Kind.TEXT)),
	PHOTO_ADDED(arg("kind", Kind.PHOTO), arg("id", Kind.NUMBER), arg("kb", Kind.NUMBER)),
	INSCRIPTION_CONFIRMED(arg("method", Kind.PROOF), arg("inscriptions", Kind.TEXT)),
	ORDER_CHANGED(arg("changes", Kind.CHANGES));

	/** The detail that picks another wording of the line; not shown itself. */
	public static final String VARIANT = "variant";
	/** What an entry written before the timeline was typed said (its only detail); shown as it was written. */
	public static final String LEGACY_TEXT = "text";

	private final List<Arg> args;

	TimelineType(Arg... args) {
		this.args = List.of(args);
	}

	/** The details this type keeps, in the order a reader meets them. */
	public List<Arg> args() {
		return args;
	}

	/** Details from names and values in turn ({@code details("from", a, "to", b)}); a null value is left out. */
	public static java.util.Map<String, Object> details(Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("names and values in pairs");
		}
		var details = new java.util.LinkedHashMap<String, Object>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				details.put((String) namesAndValues[i], namesAndValues[i + 1]);
			}
		}
		return details;
	}

	/** How a detail is shown. */
	public enum Kind {
		/** As written (names, reasons, explanations). */
		TEXT,
		/** An integer. */
		NUMBER,
		/** Fen, shown as ¥ with two decimals. */
		MONEY,
		/** An instant (ISO-8601), shown in the store's zone. */
		TIME,
		/** An {@link OrderStatus} name, in the viewer's words. */
		STATUS,
		/** A stage or station name (BAKE, DECORATE, PACK, DELIVER). */
		STAGE,
		/** A role name (BAKER, DRIVER...). */
		ROLE,
		/** A {@link Channel} name. */
		CHANNEL,
		/** A {@link FulfillmentType} name. */
		FULFILLMENT,
		/** A payment method name. */
		METHOD,
		/** An alert type name. */
		ALERT,
		/** A photo kind name. */
		PHOTO,
		/** How an inscription was confirmed (CUSTOMER_LINK, READ_BACK). */
		PROOF,
		/** A flavor code, shown as its name. */
		FLAVOR,
		/** A user task's name from the diagram ("烘焙 Bake cake"): the part in the viewer's language. */
		TASK,
		/** A list of task names with their person ({@code [{task, person}]}). */
		TASKS,
		/** A list of cakes ({@code [{size, flavor, quantity}]}). */
		CAKES,
		/** A list of the hours booked ({@code [{station, at, minutes, skills, over}]}). */
		SLOTS,
		/** A list of changes ({@code [{what, line, from, to}]}; what = due, inscription, notes, flavor, total). */
		CHANGES
	}

	/** A detail: its name in the JSON and the placeholder, and how it is shown. */
	public record Arg(String name, Kind kind) {
	}

	private static Arg arg(String name, Kind kind) {
		return new Arg(name, kind);
	}

	/** What a capacity booking keeps: minutes per station, and the hours they went to. */
	private static final class Booking {
		static final Arg[] ARGS = { arg("bake", Kind.NUMBER), arg("decorate", Kind.NUMBER), arg("pack", Kind.NUMBER), arg("slots", Kind.SLOTS) };
	}
}
