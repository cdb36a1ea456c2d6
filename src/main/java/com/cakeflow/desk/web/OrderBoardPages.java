package com.cakeflow.desk.web;

import com.cakeflow.identity.Stores;
import com.cakeflow.order.Channel;
import com.cakeflow.order.FulfillmentType;
import com.cakeflow.order.OrderBoard;
import com.cakeflow.order.OrderStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The order board ({@code /orders/board}): a kanban of the day's (or a range's) orders by status, filtered and live. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CLERK', 'FRONTDESK')")
class OrderBoardPages {

	private final OrderBoard board;
	private final Stores stores;
	private final Clock clock;

	OrderBoardPages(OrderBoard board, Stores stores, Clock clock) {
		this.board = board;
		this.stores = stores;
		this.clock = clock;
	}

	@GetMapping("/orders/board")
	String board(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String store, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String fulfillment, @RequestParam(defaultValue = "false") boolean urgent,
			@RequestParam(required = false) String q, Locale locale, Model model) {
		var chosen = stores.named(store, "store");
		var today = LocalDate.now(clock.withZone(chosen.zone()));
		var start = date(from, today);
		var end = date(to, start);
		if (end.isBefore(start)) {
			end = start;
		}
		if (end.isAfter(start.plusDays(31))) { // a month at most: the board stays one screen's worth
			end = start.plusDays(31);
		}
		var filter = new OrderBoard.Filter(start, end, chosen.code(), parse(Channel.class, channel), parse(FulfillmentType.class, fulfillment),
				urgent ? Boolean.TRUE : null, q);
		var columns = board.columns(filter, locale);
		model.addAttribute("filter", filter);
		model.addAttribute("columns", columns);
		model.addAttribute("statuses", Arrays.stream(OrderStatus.values()).filter(s -> s != OrderStatus.RECEIVED
				|| !columns.byStatus().get(s).isEmpty()).toList());
		model.addAttribute("stores", stores.all());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("fulfillments", FulfillmentType.values());
		model.addAttribute("oneDay", start.equals(end));
		return "order/board";
	}

	private static LocalDate date(String text, LocalDate otherwise) {
		try {
			return text == null || text.isBlank() ? otherwise : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException invalid) {
			return otherwise;
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String text) {
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(text)).findFirst().orElse(null);
	}
}
