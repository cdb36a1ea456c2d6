package com.cakeflow.fulfillment.web;

import com.cakeflow.identity.Stores;
import com.cakeflow.order.CounterHandover;
import com.cakeflow.order.OrderQueries;
import com.cakeflow.order.OrderStatus;
import com.cakeflow.order.OrderSummary;
import com.cakeflow.shared.DomainProblem;
import com.cakeflow.shared.QrCode;
import java.io.IOException;
import java.util.Comparator;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The front desk: the ready shelf, and handing a cake over — by the 6-digit code the customer reads out or by the QR
 * on their phone (scanned live where the browser can, else photographed and read here) — with what is still owed
 * taken and an optional photo of the cake as it left. A wrong code never hands anything over.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CLERK', 'FRONTDESK')")
class FrontDeskPages {

	/** What the customer's tracking page QR holds. */

	private final CounterHandover handover;
	private final OrderQueries queries;
	private final Stores stores;
	private final MessageSource messages;

	FrontDeskPages(CounterHandover handover, OrderQueries queries, Stores stores, MessageSource messages) {
		this.handover = handover;
		this.stores = stores;
		this.queries = queries;
		this.messages = messages;
	}

	@GetMapping("/frontdesk")
	String desk(Model model) {
		// the counter of the store the person is working in, also for a chain's managers (who see every store elsewhere)
		var store = stores.current().code();
		var ready = queries.search(store, OrderStatus.READY_FOR_PICKUP, null, null, null, 0, 100).getContent().stream()
			.sorted(Comparator.comparing(OrderSummary::dueAt)).toList();
		model.addAttribute("ready", ready);
		model.addAttribute("packing", queries.search(store, OrderStatus.PACKING, null, null, null, 0, 1).getTotalElements());
		return "fulfillment/frontdesk";
	}

	/** The code typed at the counter: the one ready order with it, or a message (never a hand-over). */
	@PostMapping("/frontdesk/code")
	String code(@RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
		var numbers = handover.readyWithCode(code, stores.current().id());
		if (numbers.size() == 1) {
			return "redirect:/frontdesk/pickup/" + numbers.get(0) + "?code=" + code.strip();
		}
		redirect.addFlashAttribute("problem", numbers.isEmpty() ? "frontdesk.code.none" : "frontdesk.code.several");
		redirect.addFlashAttribute("candidates", numbers);
		return "redirect:/frontdesk";
	}

	/** A photo of the customer's QR (for browsers that cannot scan live). */
	@PostMapping("/frontdesk/scan")
	String scan(@RequestParam("image") MultipartFile image, RedirectAttributes redirect) throws IOException {
		var scanned = QrCode.read(image.getBytes()).flatMap(com.cakeflow.order.PickupQr::read);
		if (scanned.isEmpty()) {
			redirect.addFlashAttribute("problem", "frontdesk.scan.unreadable");
			return "redirect:/frontdesk";
		}
		return "redirect:/frontdesk/pickup/" + scanned.get().orderNumber() + "?code=" + scanned.get().pickupCode();
	}

	@GetMapping("/frontdesk/pickup/{number}")
	String confirm(@PathVariable String number, @RequestParam(defaultValue = "") String code, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (!handover.codeMatches(number, code)) {
			redirect.addFlashAttribute("problem", "frontdesk.code.none");
			return "redirect:/frontdesk";
		}
		model.addAttribute("order", queries.find(number, locale));
		model.addAttribute("code", code);
		return "fulfillment/pickup";
	}

	@PostMapping("/frontdesk/pickup/{number}")
	String handOver(@PathVariable String number, @RequestParam(defaultValue = "") String code, @RequestParam(required = false) String method,
			@RequestParam(name = "photo", required = false) MultipartFile photo, Locale locale, Model model, RedirectAttributes redirect)
			throws IOException {
		try {
			handover.handOver(number, code, method, photo == null || photo.isEmpty() ? null : photo.getBytes());
			redirect.addFlashAttribute("handedOver", number);
			return "redirect:/frontdesk";
		}
		catch (DomainProblem problem) {
			model.addAttribute("error", com.cakeflow.shared.ProblemText.of(problem, messages, locale));
			model.addAttribute("order", queries.find(number, locale));
			model.addAttribute("code", code);
			return "fulfillment/pickup";
		}
	}
}
